; lionk d=2 claim, unreduced: the naive query, for comparison only (no verdict rests on it)
; sat iff the claim has a counterexample at d = 2; '/' reads x/0 as a free value
(set-info :smt-lib-version 2.6)
(declare-const |a[1]| Real)
(declare-const |a[2]| Real)
(declare-const |b[1]| Real)
(declare-const |b[2]| Real)
(assert (not (<= (+ (* |a[2]| |b[2]|) (* |a[1]| |b[1]|)) (* (^ (+ (* |a[1]| |a[1]|) (* |a[2]| |a[2]|)) (/ 1.0 2.0)) (^ (+ (* |b[1]| |b[1]|) (* |b[2]| |b[2]|)) (/ 1.0 2.0))))))
(check-sat)
