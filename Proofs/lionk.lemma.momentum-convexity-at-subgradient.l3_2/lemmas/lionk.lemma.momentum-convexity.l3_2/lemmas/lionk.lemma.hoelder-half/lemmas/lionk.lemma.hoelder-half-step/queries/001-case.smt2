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
 (let ((?x33 (* al al al)))
 (= rhoA ?x33)))
(assert
 (let ((?x40 (* s s s)))
 (= rhoT ?x40)))
(assert
 (let ((?x33 (* al al al)))
 (let ((?x51 (* rhoT ?x33)))
 (let ((?x40 (* s s s)))
 (let ((?x50 (* 2.0 rhoA ?x40)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let ((?x47 (* s s)))
 (let ((?x48 (* 3.0 P al ?x47)))
 (<= ?x48 ?x52)))))))))
(assert
 (let ((?x65 (* al al)))
 (let ((?x66 (* s ?x65)))
 (let (($x67 (<= P ?x66)))
 (not $x67)))))
(check-sat)
