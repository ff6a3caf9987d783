; lionk side query: side: 2 ≥ 0
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
 false)
(check-sat)
