; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |u[2]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun |v[2]| () Real)
(assert
 (let ((?x8 (* |u[2]| |u[2]|)))
 (let ((?x6 (* |u[1]| |u[1]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (<= ?x9 1.0)))))
(assert
 (let ((?x33 (* |v[1]| |v[1]|)))
 (let ((?x31 (* |v[2]| |v[2]|)))
 (let ((?x34 (+ ?x31 ?x33)))
 (<= ?x34 1.0)))))
(assert
 (let ((?x37 (* |u[1]| |v[1]|)))
 (let ((?x36 (* |u[2]| |v[2]|)))
 (let ((?x38 (+ ?x36 ?x37)))
 (let (($x39 (<= ?x38 1.0)))
 (not $x39))))))
(check-sat)
