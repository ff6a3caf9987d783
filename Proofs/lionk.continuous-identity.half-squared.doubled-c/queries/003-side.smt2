; lionk side query: side: eps*lam + 1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun alpha () Real)
(declare-fun gamma () Real)
(declare-fun lam () Real)
(declare-fun eps () Real)
(assert
 (< 0.0 alpha))
(assert
 (< 0.0 gamma))
(assert
 (< 0.0 lam))
(assert
 (< 0.0 eps))
(assert
 (let ((?x15 (* eps lam)))
 (let ((?x16 (+ 1.0 ?x15)))
 (= 0.0 ?x16))))
(check-sat)
