; lionk d=1 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 1; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const |u[1]| Real)
(declare-const |v[1]| Real)
(assert (<= (* |u[1]| |u[1]|) 1.0))
(assert (<= (* |v[1]| |v[1]|) 1.0))
(assert (not (<= (* |u[1]| |v[1]|) 1.0)))
(check-sat)
