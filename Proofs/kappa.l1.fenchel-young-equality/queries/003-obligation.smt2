; lionk d=1 case-split coverage (obligation of case-split; expected: unsat)
; every point where the unsplit formula holds satisfies the guards of one of the 1 cases
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(assert (not (= (ite (>= |x[1]| 0.0) |x[1]| (- |x[1]|)) (* |x[1]| (ite (> |x[1]| 0.0) 1.0 (ite (< |x[1]| 0.0) (- 1.0) 0.0))))))
(assert (not (= 0.0 |x[1]|)))
(check-sat)
