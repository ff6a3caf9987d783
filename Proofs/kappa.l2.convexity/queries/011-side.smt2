; lionk side query: side: b[1]^2*(1 - theta)^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |b[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x13 (* (- 1.0) theta)))
 (let ((?x14 (+ 1.0 ?x13)))
 (let ((?x15 (* ?x14 ?x14)))
 (let ((?x9 (* |b[1]| |b[1]|)))
 (let ((?x16 (* ?x9 ?x15)))
 (< ?x16 0.0)))))))
(check-sat)
