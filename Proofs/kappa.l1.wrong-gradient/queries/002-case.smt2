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
 (let ((?x39 (* (- 1.0) |y[1]|)))
 (let ((?x37 (* 2.0 |y[1]|)))
 (let ((?x35 (* (- 1.0) |x[1]|)))
 (let ((?x38 (+ ?x35 ?x37)))
 (let (($x40 (<= ?x38 ?x39)))
 (not $x40)))))))
(check-sat)
