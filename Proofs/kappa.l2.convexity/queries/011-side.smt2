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
 (let ((?x32 (* (- 1.0) theta)))
 (let ((?x33 (+ 1.0 ?x32)))
 (let ((?x34 (* ?x33 ?x33)))
 (let ((?x27 (* |b[1]| |b[1]|)))
 (let ((?x35 (* ?x27 ?x34)))
 (< ?x35 0.0)))))))
(check-sat)
