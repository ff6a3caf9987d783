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
 (<= 0.0 rho))
(assert
 (let ((?x11 (* rho rho)))
 (let ((?x10 (* R R R)))
 (= ?x10 ?x11))))
(assert
 (let ((?x19 (* R Z rho)))
 (let ((?x17 (* 2.0 R rho)))
 (let ((?x20 (+ ?x17 ?x19)))
 (let ((?x15 (* 3.0 P rho)))
 (<= ?x15 ?x20))))))
(assert
 (<= Z 1.0))
(assert
 (let (($x24 (<= P R)))
 (not $x24)))
(check-sat)
