; lionk d=1 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 1; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const t Real)
(declare-const |v[1]| Real)
(define-fun %t1 () Real (* |v[1]| |v[1]|))
(assert (<= 0.0 t))
(assert (not (= (* t (^ %t1 (/ 1.0 2.0))) (^ (* %t1 (* t t)) (/ 1.0 2.0)))))
(check-sat)
