; lionk side query: side: (beta1*m[2] - g[2]*(1 - beta1))^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun |g[2]| () Real)
(declare-fun |m[2]| () Real)
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (= (/ 99.0 100.0) beta2))
(assert
 (let ((?x16 (* (- 1.0) beta1)))
 (let ((?x17 (+ 1.0 ?x16)))
 (let ((?x18 (* (- 1.0) |g[2]| ?x17)))
 (let ((?x12 (* beta1 |m[2]|)))
 (let ((?x19 (+ ?x12 ?x18)))
 (let ((?x20 (* ?x19 ?x19)))
 (< ?x20 0.0))))))))
(check-sat)
