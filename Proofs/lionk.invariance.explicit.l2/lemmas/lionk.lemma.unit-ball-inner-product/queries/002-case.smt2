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
 (let ((?x15 (* |v[1]| |v[1]|)))
 (let ((?x13 (* |v[2]| |v[2]|)))
 (let ((?x16 (+ ?x13 ?x15)))
 (<= ?x16 1.0)))))
(assert
 (let ((?x19 (* |u[1]| |v[1]|)))
 (let ((?x18 (* |u[2]| |v[2]|)))
 (let ((?x20 (+ ?x18 ?x19)))
 (let (($x21 (<= ?x20 1.0)))
 (not $x21))))))
(check-sat)
