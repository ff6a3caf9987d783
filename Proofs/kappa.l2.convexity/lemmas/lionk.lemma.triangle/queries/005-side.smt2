; lionk side query: side: u[1]^2 + u[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |u[2]| () Real)
(declare-fun |u[1]| () Real)
(assert
 (let ((?x8 (* |u[2]| |u[2]|)))
 (let ((?x6 (* |u[1]| |u[1]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
