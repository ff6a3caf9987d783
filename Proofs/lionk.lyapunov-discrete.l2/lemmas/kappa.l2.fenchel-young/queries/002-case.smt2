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
 (let ((?x31 (* |x[2]| |x[2]|)))
 (let ((?x29 (* |x[1]| |x[1]|)))
 (let ((?x32 (+ ?x29 ?x31)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x32))))))
(assert
 (let ((?x42 (* |y[2]| |y[2]|)))
 (let ((?x40 (* |y[1]| |y[1]|)))
 (let ((?x43 (+ ?x40 ?x42)))
 (<= ?x43 1.0)))))
(assert
 (let ((?x47 (* |x[2]| |y[2]|)))
 (let ((?x46 (* |x[1]| |y[1]|)))
 (let ((?x48 (+ ?x46 ?x47)))
 (let (($x49 (<= ?x48 %aux1)))
 (not $x49))))))
(check-sat)
