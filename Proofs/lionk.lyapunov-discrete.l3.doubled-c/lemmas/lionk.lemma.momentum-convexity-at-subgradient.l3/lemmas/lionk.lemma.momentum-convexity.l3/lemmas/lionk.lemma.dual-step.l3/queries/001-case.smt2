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
 (let ((?x11 (* R R R)))
 (= rhoM ?x11)))
(assert
 (let ((?x14 (* r r r)))
 (= rhoW ?x14)))
(assert
 (let ((?x14 (* r r r)))
 (let ((?x22 (* rhoM ?x14)))
 (let ((?x11 (* R R R)))
 (let ((?x21 (* 2.0 rhoW ?x11)))
 (let ((?x23 (+ ?x21 ?x22)))
 (let ((?x18 (* R R)))
 (let ((?x19 (* 3.0 A r ?x18)))
 (<= ?x19 ?x23)))))))))
(assert
 (let ((?x25 (* r r)))
 (let ((?x26 (* R ?x25)))
 (let (($x27 (<= A ?x26)))
 (not $x27)))))
(check-sat)
