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
 (let ((?x14 (* (- 1.0) beta1)))
 (let ((?x15 (+ 1.0 ?x14)))
 (= 0.0 ?x15))))
(check-sat)
