; lionk side query: side: (beta1*m[1] - g[1]*(1 - beta1))^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (= (/ 99.0 100.0) beta2))
(assert
 (let ((?x36 (* (- 1.0) beta1)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x38 (* (- 1.0) |g[1]| ?x37)))
 (let ((?x31 (* beta1 |m[1]|)))
 (let ((?x39 (+ ?x31 ?x38)))
 (let ((?x40 (* ?x39 ?x39)))
 (< ?x40 0.0))))))))
(check-sat)
