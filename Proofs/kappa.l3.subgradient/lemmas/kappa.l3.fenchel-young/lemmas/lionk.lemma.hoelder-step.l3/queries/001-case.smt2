; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun R () Real)
(declare-fun rho () Real)
(declare-fun Z () Real)
(declare-fun P () Real)
(assert
 (< 0.0 R))
(assert
 (let ((?x29 (* R R R)))
 (= rho ?x29)))
(assert
 (let ((?x29 (* R R R)))
 (let ((?x41 (* 2.0 Z ?x29)))
 (let ((?x42 (+ rho ?x41)))
 (let ((?x37 (* R R)))
 (let ((?x38 (* 3.0 P ?x37)))
 (<= ?x38 ?x42)))))))
(assert
 (<= Z 1.0))
(assert
 (let (($x52 (<= P R)))
 (not $x52)))
(check-sat)
