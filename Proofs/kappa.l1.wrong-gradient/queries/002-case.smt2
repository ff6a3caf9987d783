; lionk case query: d=1 case 2/6: x[1] > 0, y[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (< |y[1]| 0.0))
(assert
 (let ((?x15 (* (- 1.0) |y[1]|)))
 (let ((?x13 (* 2.0 |y[1]|)))
 (let ((?x11 (* (- 1.0) |x[1]|)))
 (let ((?x14 (+ ?x11 ?x13)))
 (let (($x16 (<= ?x14 ?x15)))
 (not $x16)))))))
(check-sat)
