; lionk case query: d=1 case 3/6: x[1] = 0, y[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (<= 0.0 |y[1]|))
(assert
 (let ((?x18 (* |y[1]| |y[1]|)))
 (let ((?x19 (* (/ 1.0 2.0) ?x18)))
 (let ((?x20 (+ |y[1]| ?x19)))
 (let ((?x14 (* (- 1.0) |x[1]|)))
 (let ((?x15 (+ |y[1]| ?x14)))
 (let ((?x16 (* |x[1]| ?x15)))
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x12 (* (/ 1.0 2.0) ?x11)))
 (let ((?x17 (+ |x[1]| ?x12 ?x16)))
 (let (($x21 (<= ?x17 ?x20)))
 (not $x21))))))))))))
(check-sat)
