; lionk case query: d=1 case 5/6: x[1] < 0, y[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (<= 0.0 |y[1]|))
(assert
 (let ((?x42 (* |y[1]| |y[1]|)))
 (let ((?x43 (* (/ 1.0 2.0) ?x42)))
 (let ((?x44 (+ |y[1]| ?x43)))
 (let ((?x33 (* (- 1.0) |x[1]|)))
 (let ((?x39 (+ |y[1]| ?x33)))
 (let ((?x38 (+ (- 1.0) |x[1]|)))
 (let ((?x40 (* ?x38 ?x39)))
 (let ((?x36 (* |x[1]| |x[1]|)))
 (let ((?x37 (* (/ 1.0 2.0) ?x36)))
 (let ((?x41 (+ ?x33 ?x37 ?x40)))
 (let (($x45 (<= ?x41 ?x44)))
 (not $x45)))))))))))))
(check-sat)
