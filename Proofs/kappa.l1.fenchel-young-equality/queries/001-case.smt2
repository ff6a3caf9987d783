; lionk case query: d=1 case 1/1: x[1] = 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (let (($x7 (= 0.0 |x[1]|)))
 (not $x7)))
(check-sat)
