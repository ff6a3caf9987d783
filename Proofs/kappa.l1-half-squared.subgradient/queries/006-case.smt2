; lionk case query: d=1 case 6/6: x[1] < 0, y[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (< |y[1]| 0.0))
(assert
 (let ((?x46 (* |y[1]| |y[1]|)))
 (let ((?x47 (* (/ 1.0 2.0) ?x46)))
 (let ((?x45 (* (- 1.0) |y[1]|)))
 (let ((?x48 (+ ?x45 ?x47)))
 (let ((?x37 (* (- 1.0) |x[1]|)))
 (let ((?x42 (+ |y[1]| ?x37)))
 (let ((?x41 (+ (- 1.0) |x[1]|)))
 (let ((?x43 (* ?x41 ?x42)))
 (let ((?x39 (* |x[1]| |x[1]|)))
 (let ((?x40 (* (/ 1.0 2.0) ?x39)))
 (let ((?x44 (+ ?x37 ?x40 ?x43)))
 (let (($x49 (<= ?x44 ?x48)))
 (not $x49))))))))))))))
(check-sat)
