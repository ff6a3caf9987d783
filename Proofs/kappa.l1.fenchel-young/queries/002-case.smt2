; lionk case query: d=1 case 2/2: x[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let (($x12 (<= |y[1]| 1.0)))
 (let (($x10 (<= (- 1.0) |y[1]|)))
 (and $x10 $x12))))
(assert
 (let ((?x15 (* (- 1.0) |x[1]|)))
 (let ((?x14 (* |x[1]| |y[1]|)))
 (let (($x16 (<= ?x14 ?x15)))
 (not $x16)))))
(check-sat)
