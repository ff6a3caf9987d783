; lionk case query: d=1 case 2/2: x[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let (($x34 (<= |y[1]| 1.0)))
 (let (($x32 (<= (- 1.0) |y[1]|)))
 (and $x32 $x34))))
(assert
 (let ((?x38 (* (- 1.0) |x[1]|)))
 (let ((?x36 (* |x[1]| |y[1]|)))
 (let (($x39 (<= ?x36 ?x38)))
 (not $x39)))))
(check-sat)
