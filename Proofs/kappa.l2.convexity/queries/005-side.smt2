; lionk side query: side: a[1]^2 + a[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun |a[2]| () Real)
(declare-fun |a[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x11 (* |a[2]| |a[2]|)))
 (let ((?x9 (* |a[1]| |a[1]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (< ?x12 0.0)))))
(check-sat)
