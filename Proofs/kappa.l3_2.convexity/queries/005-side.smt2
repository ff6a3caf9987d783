; lionk side query: side: a[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun |a[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x9 (* |a[1]| |a[1]|)))
 (< ?x9 0.0)))
(check-sat)
