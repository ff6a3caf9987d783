; lionk case query: d=1 case 1/3: x[1] > 0, y[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (< |y[1]| 0.0))
(assert
 (let (($x10 (<= |y[1]| 0.0)))
 (not $x10)))
(check-sat)
