; lionk case query: d=1 case 2/2: x[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let (($x11 (<= |y[1]| 1.0)))
 (let (($x9 (<= 0.0 |y[1]|)))
 (and $x9 $x11))))
(assert
 (let ((?x13 (* |x[1]| |y[1]|)))
 (let (($x14 (<= ?x13 0.0)))
 (not $x14))))
(check-sat)
