; lionk side query: side: eps*lam + 1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun L () Real)
(assert
 (let (($x9 (< beta1 1.0)))
 (let (($x7 (<= 0.0 beta1)))
 (and $x7 $x9))))
(assert
 (let (($x13 (< beta2 1.0)))
 (let (($x12 (<= 0.0 beta2)))
 (and $x12 $x13))))
(assert
 (< 0.0 eps))
(assert
 (< 0.0 lam))
(assert
 (< 0.0 L))
(assert
 (let ((?x21 (* eps lam)))
 (let ((?x22 (+ 1.0 ?x21)))
 (= 0.0 ?x22))))
(check-sat)
