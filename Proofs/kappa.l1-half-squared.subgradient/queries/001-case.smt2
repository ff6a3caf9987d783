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
 (let ((?x20 (* |y[1]| |y[1]|)))
 (let ((?x21 (* (/ 1.0 2.0) ?x20)))
 (let ((?x22 (+ |y[1]| ?x21)))
 (let ((?x16 (* (- 1.0) |x[1]|)))
 (let ((?x17 (+ |y[1]| ?x16)))
 (let ((?x14 (+ 1.0 |x[1]|)))
 (let ((?x18 (* ?x14 ?x17)))
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x12 (* (/ 1.0 2.0) ?x11)))
 (let ((?x19 (+ |x[1]| ?x12 ?x18)))
 (let (($x23 (<= ?x19 ?x22)))
 (not $x23)))))))))))))
(check-sat)
