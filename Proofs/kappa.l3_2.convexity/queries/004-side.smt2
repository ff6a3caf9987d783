; lionk side query: side: (a[2]*theta + b[2]*(1 - theta))^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |b[2]| () Real)
(declare-fun |a[2]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x14 (* (- 1.0) theta)))
 (let ((?x15 (+ 1.0 ?x14)))
 (let ((?x16 (* |b[2]| ?x15)))
 (let ((?x10 (* |a[2]| theta)))
 (let ((?x17 (+ ?x10 ?x16)))
 (let ((?x18 (* ?x17 ?x17)))
 (< ?x18 0.0))))))))
(check-sat)
