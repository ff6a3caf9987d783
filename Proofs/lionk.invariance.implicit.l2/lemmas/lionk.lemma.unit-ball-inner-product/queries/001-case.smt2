; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |u[1]| () Real)
(declare-fun |v[1]| () Real)
(assert
 (let ((?x6 (* |u[1]| |u[1]|)))
 (<= ?x6 1.0)))
(assert
 (let ((?x10 (* |v[1]| |v[1]|)))
 (<= ?x10 1.0)))
(assert
 (let ((?x12 (* |u[1]| |v[1]|)))
 (let (($x13 (<= ?x12 1.0)))
 (not $x13))))
(check-sat)
