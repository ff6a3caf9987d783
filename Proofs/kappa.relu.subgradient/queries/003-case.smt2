; lionk case query: d=1 case 3/3: x[1] < 0, y[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (<= 0.0 |y[1]|))
(assert
 (let (($x9 (<= 0.0 |y[1]|)))
 (not $x9)))
(check-sat)
