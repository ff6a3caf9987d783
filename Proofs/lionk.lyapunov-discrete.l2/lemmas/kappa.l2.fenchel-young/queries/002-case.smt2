; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |x[2]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |y[2]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x12 (* |x[2]| |x[2]|)))
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x13 (+ ?x10 ?x12)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x13))))))
(assert
 (let ((?x18 (* |y[2]| |y[2]|)))
 (let ((?x16 (* |y[1]| |y[1]|)))
 (let ((?x19 (+ ?x16 ?x18)))
 (<= ?x19 1.0)))))
(assert
 (let ((?x23 (* |x[2]| |y[2]|)))
 (let ((?x22 (* |x[1]| |y[1]|)))
 (let ((?x24 (+ ?x22 ?x23)))
 (let (($x25 (<= ?x24 %aux1)))
 (not $x25))))))
(check-sat)
