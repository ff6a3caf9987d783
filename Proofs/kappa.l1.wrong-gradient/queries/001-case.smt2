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
 (let ((?x34 (* 2.0 |y[1]|)))
 (let ((?x31 (* (- 1.0) |x[1]|)))
 (let ((?x35 (+ ?x31 ?x34)))
 (let (($x36 (<= ?x35 |y[1]|)))
 (not $x36))))))
(check-sat)
