; lionk case query: d=1 case 1/2: x[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 |x[1]|))
(assert
 (let (($x30 (<= |y[1]| 1.0)))
 (let (($x27 (<= 0.0 |y[1]|)))
 (and $x27 $x30))))
(assert
 (let ((?x32 (* |x[1]| |y[1]|)))
 (let (($x33 (<= ?x32 |x[1]|)))
 (not $x33))))
(check-sat)
