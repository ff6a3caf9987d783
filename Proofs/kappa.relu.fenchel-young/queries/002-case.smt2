; lionk case query: d=1 case 2/2: x[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let (($x33 (<= |y[1]| 1.0)))
 (let (($x31 (<= 0.0 |y[1]|)))
 (and $x31 $x33))))
(assert
 (let ((?x35 (* |x[1]| |y[1]|)))
 (let (($x36 (<= ?x35 0.0)))
 (not $x36))))
(check-sat)
