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
 (let ((?x9 (* R R R)))
 (= rho ?x9)))
(assert
 (let ((?x9 (* R R R)))
 (let ((?x17 (* 2.0 Z ?x9)))
 (let ((?x18 (+ rho ?x17)))
 (let ((?x13 (* R R)))
 (let ((?x14 (* 3.0 P ?x13)))
 (<= ?x14 ?x18)))))))
(assert
 (<= Z 1.0))
(assert
 (let (($x22 (<= P R)))
 (not $x22)))
(check-sat)
