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
 (let ((?x45 (* |y[1]| |y[1]|)))
 (let ((?x46 (* (/ 1.0 2.0) ?x45)))
 (let ((?x44 (* (- 1.0) |y[1]|)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x40 (* (- 1.0) |x[1]|)))
 (let ((?x41 (+ |y[1]| ?x40)))
 (let ((?x38 (+ 1.0 |x[1]|)))
 (let ((?x42 (* ?x38 ?x41)))
 (let ((?x35 (* |x[1]| |x[1]|)))
 (let ((?x36 (* (/ 1.0 2.0) ?x35)))
 (let ((?x43 (+ |x[1]| ?x36 ?x42)))
 (let (($x48 (<= ?x43 ?x47)))
 (not $x48))))))))))))))
(check-sat)
