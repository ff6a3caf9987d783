; lionk side query: side: (u[2] + v[2])^2 + (u[1] + v[1])^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |v[1]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun |v[2]| () Real)
(declare-fun |u[2]| () Real)
(assert
 (let ((?x11 (+ |u[1]| |v[1]|)))
 (let ((?x12 (* ?x11 ?x11)))
 (let ((?x7 (+ |u[2]| |v[2]|)))
 (let ((?x8 (* ?x7 ?x7)))
 (let ((?x13 (+ ?x8 ?x12)))
 (< ?x13 0.0)))))))
(check-sat)
