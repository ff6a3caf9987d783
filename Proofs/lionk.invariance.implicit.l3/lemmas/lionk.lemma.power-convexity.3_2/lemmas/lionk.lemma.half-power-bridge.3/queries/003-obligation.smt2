; lionk d=1 case-split agreement (obligation of case-split; expected: unsat)
; under the guards of each case, every replaced operator equals its replacement
(set-info :smt-lib-version 2.6)
(declare-const |t[1]| Real)
(define-fun %t1 () Real (ite (>= |t[1]| 0.0) |t[1]| (- |t[1]|)))
(assert (or (and (<= 0.0 |t[1]|) (not (= |t[1]| %t1))) (and (< |t[1]| 0.0) (not (= %t1 (* (- 1.0) |t[1]|))))))
(check-sat)
