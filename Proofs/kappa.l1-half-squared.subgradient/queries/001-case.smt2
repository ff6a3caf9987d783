; lionk case query: d=1 case 1/6: x[1] > 0, y[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (<= 0.0 |y[1]|))
(assert
 (let ((?x41 (* |y[1]| |y[1]|)))
 (let ((?x42 (* (/ 1.0 2.0) ?x41)))
 (let ((?x43 (+ |y[1]| ?x42)))
 (let ((?x37 (* (- 1.0) |x[1]|)))
 (let ((?x38 (+ |y[1]| ?x37)))
 (let ((?x35 (+ 1.0 |x[1]|)))
 (let ((?x39 (* ?x35 ?x38)))
 (let ((?x31 (* |x[1]| |x[1]|)))
 (let ((?x33 (* (/ 1.0 2.0) ?x31)))
 (let ((?x40 (+ |x[1]| ?x33 ?x39)))
 (let (($x44 (<= ?x40 ?x43)))
 (not $x44)))))))))))))
(check-sat)
