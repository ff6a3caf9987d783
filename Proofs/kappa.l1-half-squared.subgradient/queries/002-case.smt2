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
 (let ((?x21 (* |y[1]| |y[1]|)))
 (let ((?x22 (* (/ 1.0 2.0) ?x21)))
 (let ((?x20 (* (- 1.0) |y[1]|)))
 (let ((?x23 (+ ?x20 ?x22)))
 (let ((?x16 (* (- 1.0) |x[1]|)))
 (let ((?x17 (+ |y[1]| ?x16)))
 (let ((?x14 (+ 1.0 |x[1]|)))
 (let ((?x18 (* ?x14 ?x17)))
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x12 (* (/ 1.0 2.0) ?x11)))
 (let ((?x19 (+ |x[1]| ?x12 ?x18)))
 (let (($x24 (<= ?x19 ?x23)))
 (not $x24))))))))))))))
(check-sat)
