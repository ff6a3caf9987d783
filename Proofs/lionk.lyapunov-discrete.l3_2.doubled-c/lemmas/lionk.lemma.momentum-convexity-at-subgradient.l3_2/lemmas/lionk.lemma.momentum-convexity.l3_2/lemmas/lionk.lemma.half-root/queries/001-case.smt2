; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun r () Real)
(declare-fun al () Real)
(declare-fun rho () Real)
(assert
 (<= 0.0 r))
(assert
 (<= 0.0 al))
(assert
 (let ((?x11 (* al al al al)))
 (let ((?x10 (* r r)))
 (= ?x10 ?x11))))
(assert
 (<= 0.0 rho))
(assert
 (let ((?x16 (* rho rho)))
 (let ((?x15 (* r r r)))
 (= ?x15 ?x16))))
(assert
 (let ((?x20 (* al al al)))
 (let (($x21 (= rho ?x20)))
 (let ((?x18 (* al al)))
 (let (($x19 (= r ?x18)))
 (let (($x22 (and $x19 $x21)))
 (not $x22)))))))
(check-sat)
