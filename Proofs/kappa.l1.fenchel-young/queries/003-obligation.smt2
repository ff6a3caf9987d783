; lionk d=1 case-split agreement (obligation of case-split; expected: unsat)
; under the guards of each case, every replaced operator equals its replacement
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(define-fun %t1 () Real (ite (>= |x[1]| 0.0) |x[1]| (- |x[1]|)))
(assert (or (and (<= 0.0 |x[1]|) (not (= |x[1]| %t1))) (and (< |x[1]| 0.0) (not (= (* (- 1.0) |x[1]|) %t1)))))
(check-sat)
