; lionk side query: side: x[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x6 (* |x[1]| |x[1]|)))
 (< ?x6 0.0)))
(check-sat)
