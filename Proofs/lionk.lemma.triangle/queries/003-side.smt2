; lionk side query: side: (u[1] + v[1])^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |v[1]| () Real)
(declare-fun |u[1]| () Real)
(assert
 (let ((?x7 (+ |u[1]| |v[1]|)))
 (let ((?x8 (* ?x7 ?x7)))
 (< ?x8 0.0))))
(check-sat)
