; lionk side query: side: (a[1]*theta + b[1]*(1 - theta))^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |b[1]| () Real)
(declare-fun |a[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x33 (* (- 1.0) theta)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x35 (* |b[1]| ?x34)))
 (let ((?x28 (* |a[1]| theta)))
 (let ((?x36 (+ ?x28 ?x35)))
 (let ((?x37 (* ?x36 ?x36)))
 (< ?x37 0.0))))))))
(check-sat)
