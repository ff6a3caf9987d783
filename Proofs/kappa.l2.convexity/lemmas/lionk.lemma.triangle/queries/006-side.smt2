; lionk side query: side: u[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |u[1]| () Real)
(assert
 (let ((?x6 (* |u[1]| |u[1]|)))
 (< ?x6 0.0)))
(check-sat)
