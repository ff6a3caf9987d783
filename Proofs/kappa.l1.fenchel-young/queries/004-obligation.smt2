; lionk d=1 case-split coverage (obligation of case-split; expected: unsat)
; every point where the unsplit formula holds satisfies the guards of one of the 2 cases
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(declare-const |y[1]| Real)
(assert (and (<= (- 1.0) |y[1]|) (<= |y[1]| 1.0)))
(assert (not (<= (* |x[1]| |y[1]|) (ite (>= |x[1]| 0.0) |x[1]| (- |x[1]|)))))
(assert (not (or (<= 0.0 |x[1]|) (< |x[1]| 0.0))))
(check-sat)
