; lionk d=1 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 1; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(define-fun %t1 () Real (exp |x[1]|))
(define-fun %t2 () Real (* %t1 (/ 1.0 %t1)))
(assert (not (and (<= 0.0 %t2) (= 1.0 %t2))))
(check-sat)
