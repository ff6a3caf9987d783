; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x10 (* %aux1 %aux1)))
 (let ((?x9 (* |x[1]| |x[1]|)))
 (= ?x9 ?x10))))
(assert
 (let ((?x13 (* |y[1]| |y[1]|)))
 (<= ?x13 1.0)))
(assert
 (let ((?x16 (* |x[1]| |y[1]|)))
 (let (($x17 (<= ?x16 %aux1)))
 (not $x17))))
(check-sat)
