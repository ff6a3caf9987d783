; lionk side query: side: eps*lam + 1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(assert
 (= (/ 1.0 100.0) eps))
(assert
 (= (/ 1.0 10.0) lam))
(assert
 (let ((?x13 (* eps lam)))
 (let ((?x14 (+ 1.0 ?x13)))
 (= 0.0 ?x14))))
(check-sat)
