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
 (let ((?x31 (* rho rho)))
 (let ((?x30 (* R R R)))
 (= ?x30 ?x31))))
(assert
 (let ((?x44 (* R Z rho)))
 (let ((?x42 (* 2.0 R rho)))
 (let ((?x45 (+ ?x42 ?x44)))
 (let ((?x40 (* 3.0 P rho)))
 (<= ?x40 ?x45))))))
(assert
 (<= Z 1.0))
(assert
 (let (($x60 (<= P R)))
 (not $x60)))
(check-sat)
