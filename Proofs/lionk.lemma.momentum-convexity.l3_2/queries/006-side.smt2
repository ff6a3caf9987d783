; lionk side query: side: (beta2*m[2] - g[2]*(1 - beta2))^2 ≥ 0
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
 (let ((?x36 (* (- 1.0) beta2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x38 (* (- 1.0) |g[2]| ?x37)))
 (let ((?x31 (* beta2 |m[2]|)))
 (let ((?x39 (+ ?x31 ?x38)))
 (let ((?x40 (* ?x39 ?x39)))
 (< ?x40 0.0))))))))
(check-sat)
