; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun al () Real)
(declare-fun s () Real)
(declare-fun rhoA () Real)
(declare-fun rhoT () Real)
(declare-fun P () Real)
(assert
 (< 0.0 al))
(assert
 (< 0.0 s))
(assert
 (let ((?x11 (* al al al)))
 (= rhoA ?x11)))
(assert
 (let ((?x14 (* s s s)))
 (= rhoT ?x14)))
(assert
 (let ((?x11 (* al al al)))
 (let ((?x22 (* rhoT ?x11)))
 (let ((?x14 (* s s s)))
 (let ((?x21 (* 2.0 rhoA ?x14)))
 (let ((?x23 (+ ?x21 ?x22)))
 (let ((?x18 (* s s)))
 (let ((?x19 (* 3.0 P al ?x18)))
 (<= ?x19 ?x23)))))))))
(assert
 (let ((?x25 (* al al)))
 (let ((?x26 (* s ?x25)))
 (let (($x27 (<= P ?x26)))
 (not $x27)))))
(check-sat)
