; lionk side query: side: b[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |b[1]| () Real)
(assert
 (let ((?x6 (* |b[1]| |b[1]|)))
 (< ?x6 0.0)))
(check-sat)
