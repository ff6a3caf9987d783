; lionk d=1 case-split agreement (obligation of case-split; expected: unsat)
; under the guards of each case, every replaced operator equals its replacement
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(assert (and (= 0.0 |x[1]|) (or (not (= |x[1]| (ite (>= |x[1]| 0.0) |x[1]| (- |x[1]|)))) (not (= 0.0 (ite (> |x[1]| 0.0) 1.0 (ite (< |x[1]| 0.0) (- 1.0) 0.0)))))))
(check-sat)
