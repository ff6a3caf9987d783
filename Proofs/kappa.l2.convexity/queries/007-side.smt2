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
 (let ((?x30 (* theta theta)))
 (let ((?x33 (* |a[2]| |a[2]|)))
 (let ((?x34 (* ?x33 ?x30)))
 (let ((?x27 (* |a[1]| |a[1]|)))
 (let ((?x31 (* ?x27 ?x30)))
 (let ((?x35 (+ ?x31 ?x34)))
 (< ?x35 0.0))))))))
(check-sat)
