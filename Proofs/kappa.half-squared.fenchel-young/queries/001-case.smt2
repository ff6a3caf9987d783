; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 true)
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x12 (* (/ 1.0 2.0) ?x11)))
 (let ((?x9 (* |y[1]| |y[1]|)))
 (let ((?x10 (* (/ 1.0 2.0) ?x9)))
 (let ((?x13 (+ ?x10 ?x12)))
 (let ((?x7 (* |x[1]| |y[1]|)))
 (let (($x14 (<= ?x7 ?x13)))
 (not $x14)))))))))
(check-sat)
