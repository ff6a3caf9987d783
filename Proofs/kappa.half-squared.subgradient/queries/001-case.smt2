; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |y[1]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x15 (* |y[1]| |y[1]|)))
 (let ((?x16 (* (/ 1.0 2.0) ?x15)))
 (let ((?x11 (* (- 1.0) |x[1]|)))
 (let ((?x12 (+ |y[1]| ?x11)))
 (let ((?x13 (* |x[1]| ?x12)))
 (let ((?x7 (* |x[1]| |x[1]|)))
 (let ((?x8 (* (/ 1.0 2.0) ?x7)))
 (let ((?x14 (+ ?x8 ?x13)))
 (let (($x17 (<= ?x14 ?x16)))
 (not $x17)))))))))))
(check-sat)
