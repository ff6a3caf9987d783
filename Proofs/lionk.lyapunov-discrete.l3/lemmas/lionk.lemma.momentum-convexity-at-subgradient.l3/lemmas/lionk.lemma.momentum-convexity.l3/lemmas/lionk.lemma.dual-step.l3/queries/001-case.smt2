; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun R () Real)
(declare-fun r () Real)
(declare-fun rhoM () Real)
(declare-fun rhoW () Real)
(declare-fun A () Real)
(assert
 (< 0.0 R))
(assert
 (< 0.0 r))
(assert
 (let ((?x33 (* R R R)))
 (= rhoM ?x33)))
(assert
 (let ((?x40 (* r r r)))
 (= rhoW ?x40)))
(assert
 (let ((?x40 (* r r r)))
 (let ((?x51 (* rhoM ?x40)))
 (let ((?x33 (* R R R)))
 (let ((?x50 (* 2.0 rhoW ?x33)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let ((?x47 (* R R)))
 (let ((?x48 (* 3.0 A r ?x47)))
 (<= ?x48 ?x52)))))))))
(assert
 (let ((?x65 (* r r)))
 (let ((?x66 (* R ?x65)))
 (let (($x67 (<= A ?x66)))
 (not $x67)))))
(check-sat)
