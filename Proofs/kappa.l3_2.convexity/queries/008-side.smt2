; lionk side query: side: b[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun |b[2]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x9 (* |b[2]| |b[2]|)))
 (< ?x9 0.0)))
(check-sat)
