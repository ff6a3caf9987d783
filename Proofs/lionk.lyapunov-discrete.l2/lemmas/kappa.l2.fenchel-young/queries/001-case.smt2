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
 (let ((?x29 (* %aux1 %aux1)))
 (let ((?x27 (* |x[1]| |x[1]|)))
 (= ?x27 ?x29))))
(assert
 (let ((?x36 (* |y[1]| |y[1]|)))
 (<= ?x36 1.0)))
(assert
 (let ((?x39 (* |x[1]| |y[1]|)))
 (let (($x40 (<= ?x39 %aux1)))
 (not $x40))))
(check-sat)
