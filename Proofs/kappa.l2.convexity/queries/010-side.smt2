; lionk side query: side: b[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun |b[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x9 (* |b[1]| |b[1]|)))
 (< ?x9 0.0)))
(check-sat)
