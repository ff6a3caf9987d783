; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 true)
(assert
 (let ((?x29 (* |x[1]| |x[1]|)))
 (let ((?x30 (* (/ 1.0 2.0) ?x29)))
 (let ((?x27 (* |y[1]| |y[1]|)))
 (let ((?x28 (* (/ 1.0 2.0) ?x27)))
 (let ((?x31 (+ ?x28 ?x30)))
 (let ((?x25 (* |x[1]| |y[1]|)))
 (let (($x32 (<= ?x25 ?x31)))
 (not $x32)))))))))
(check-sat)
