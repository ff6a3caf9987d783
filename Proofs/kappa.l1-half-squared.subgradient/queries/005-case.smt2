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
 (let ((?x19 (* |y[1]| |y[1]|)))
 (let ((?x20 (* (/ 1.0 2.0) ?x19)))
 (let ((?x21 (+ |y[1]| ?x20)))
 (let ((?x11 (* (- 1.0) |x[1]|)))
 (let ((?x16 (+ |y[1]| ?x11)))
 (let ((?x15 (+ (- 1.0) |x[1]|)))
 (let ((?x17 (* ?x15 ?x16)))
 (let ((?x13 (* |x[1]| |x[1]|)))
 (let ((?x14 (* (/ 1.0 2.0) ?x13)))
 (let ((?x18 (+ ?x11 ?x14 ?x17)))
 (let (($x22 (<= ?x18 ?x21)))
 (not $x22)))))))))))))
(check-sat)
