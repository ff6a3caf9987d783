; lionk d=1 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 1; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const |x[1]| Real)
(declare-const |y[1]| Real)
(assert (not (<= (+ (* (/ 1.0 2.0) (* |x[1]| |x[1]|)) (* 2.0 |x[1]| (+ |y[1]| (* (- 1.0) |x[1]|)))) (* (/ 1.0 2.0) (* |y[1]| |y[1]|)))))
(check-sat)
