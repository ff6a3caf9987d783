; lionk side query: side: a[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |a[1]| () Real)
(assert
 (let ((?x6 (* |a[1]| |a[1]|)))
 (< ?x6 0.0)))
(check-sat)
