; lionk case query: d=1 case 1/6: x[1] > 0, y[1] >= 0
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (<= 0.0 |y[1]|))
(assert
 (let ((?x13 (* 2.0 |y[1]|)))
 (let ((?x11 (* (- 1.0) |x[1]|)))
 (let ((?x14 (+ ?x11 ?x13)))
 (let (($x15 (<= ?x14 |y[1]|)))
 (not $x15))))))
(check-sat)
