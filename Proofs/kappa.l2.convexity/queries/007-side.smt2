; lionk side query: side: a[1]^2*theta^2 + a[2]^2*theta^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |a[2]| () Real)
(declare-fun |a[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x11 (* theta theta)))
 (let ((?x14 (* |a[2]| |a[2]|)))
 (let ((?x15 (* ?x14 ?x11)))
 (let ((?x9 (* |a[1]| |a[1]|)))
 (let ((?x12 (* ?x9 ?x11)))
 (let ((?x16 (+ ?x12 ?x15)))
 (< ?x16 0.0))))))))
(check-sat)
