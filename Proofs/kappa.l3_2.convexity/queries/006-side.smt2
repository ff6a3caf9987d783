; lionk side query: side: a[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun |a[2]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x9 (* |a[2]| |a[2]|)))
 (< ?x9 0.0)))
(check-sat)
