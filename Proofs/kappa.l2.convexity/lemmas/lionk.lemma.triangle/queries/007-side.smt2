; lionk side query: side: v[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |v[1]| () Real)
(assert
 (let ((?x6 (* |v[1]| |v[1]|)))
 (< ?x6 0.0)))
(check-sat)
