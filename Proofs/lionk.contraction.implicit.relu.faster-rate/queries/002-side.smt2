; lionk side query: side: 2*eps*lam + 1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun beta1 () Real)
(assert
 (< 0.0 eps))
(assert
 (< 0.0 lam))
(assert
 (let (($x13 (<= beta1 1.0)))
 (let (($x11 (<= 0.0 beta1)))
 (and $x11 $x13))))
(assert
 (let ((?x16 (* 2.0 eps lam)))
 (let ((?x17 (+ 1.0 ?x16)))
 (= 0.0 ?x17))))
(check-sat)
