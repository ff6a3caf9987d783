; lionk case query: d=1 case 4/6: x[1] = 0, y[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (< |y[1]| 0.0))
(assert
 (let ((?x42 (* |y[1]| |y[1]|)))
 (let ((?x43 (* (/ 1.0 2.0) ?x42)))
 (let ((?x41 (* (- 1.0) |y[1]|)))
 (let ((?x44 (+ ?x41 ?x43)))
 (let ((?x37 (* (- 1.0) |x[1]|)))
 (let ((?x38 (+ |y[1]| ?x37)))
 (let ((?x39 (* |x[1]| ?x38)))
 (let ((?x34 (* |x[1]| |x[1]|)))
 (let ((?x35 (* (/ 1.0 2.0) ?x34)))
 (let ((?x40 (+ |x[1]| ?x35 ?x39)))
 (let (($x45 (<= ?x40 ?x44)))
 (not $x45)))))))))))))
(check-sat)
