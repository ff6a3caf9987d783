; lionk d=1 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 1; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const B Real)
(declare-const s Real)
(assert (< 0.0 s))
(assert (<= (* s s s) (* B s)))
(assert (not (<= (* s s) B)))
(check-sat)
