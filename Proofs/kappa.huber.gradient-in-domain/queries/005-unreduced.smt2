; lionk d=1 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 1; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(define-fun %t1 () Real (- 1.0))
(define-fun %t2 () Real (ite (>= |x[1]| %t1) |x[1]| %t1))
(define-fun %t3 () Real (ite (<= %t2 1.0) %t2 1.0))
(assert (not (<= (ite (>= %t3 0.0) %t3 (- %t3)) 1.0)))
(check-sat)
