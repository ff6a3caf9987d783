; lionk side query: side: 1 - beta1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun L () Real)
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
 (let ((?x22 (* (- 1.0) beta1)))
 (let ((?x23 (+ 1.0 ?x22)))
 (= 0.0 ?x23))))
(check-sat)
