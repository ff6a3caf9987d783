; lionk side query: side: a[1]^2*theta^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |a[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x11 (* theta theta)))
 (let ((?x9 (* |a[1]| |a[1]|)))
 (let ((?x12 (* ?x9 ?x11)))
 (< ?x12 0.0)))))
(check-sat)
