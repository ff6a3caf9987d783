; lionk side query: side: (beta2*m[2] - g[2]*(1 - beta2))^2 + (beta2*m[1] - g[1]*(1 - beta2))^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun L () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(declare-fun |g[2]| () Real)
(declare-fun |m[2]| () Real)
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (= (/ 99.0 100.0) beta2))
(assert
 (= (/ 1.0 100.0) eps))
(assert
 (= (/ 1.0 10.0) lam))
(assert
 (= 1.0 L))
(assert
 (let ((?x24 (* (- 1.0) beta2)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let ((?x32 (* (- 1.0) |g[1]| ?x25)))
 (let ((?x30 (* beta2 |m[1]|)))
 (let ((?x33 (+ ?x30 ?x32)))
 (let ((?x34 (* ?x33 ?x33)))
 (let ((?x26 (* (- 1.0) |g[2]| ?x25)))
 (let ((?x21 (* beta2 |m[2]|)))
 (let ((?x27 (+ ?x21 ?x26)))
 (let ((?x28 (* ?x27 ?x27)))
 (let ((?x35 (+ ?x28 ?x34)))
 (< ?x35 0.0)))))))))))))
(check-sat)
