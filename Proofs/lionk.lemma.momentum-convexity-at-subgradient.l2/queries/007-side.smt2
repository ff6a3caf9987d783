; lionk side query: side: 1 - beta1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (= (/ 99.0 100.0) beta2))
(assert
 (let ((?x34 (* (- 1.0) beta1)))
 (let ((?x35 (+ 1.0 ?x34)))
 (= 0.0 ?x35))))
(check-sat)
