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
 (let ((?x30 (* al al al al)))
 (let ((?x29 (* r r)))
 (= ?x29 ?x30))))
(assert
 (<= 0.0 rho))
(assert
 (let ((?x41 (* rho rho)))
 (let ((?x39 (* r r r)))
 (= ?x39 ?x41))))
(assert
 (let ((?x48 (* al al al)))
 (let (($x49 (= rho ?x48)))
 (let ((?x46 (* al al)))
 (let (($x47 (= r ?x46)))
 (let (($x50 (and $x47 $x49)))
 (not $x50)))))))
(check-sat)
