; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |u[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |v[1]| () Real)
(declare-fun %aux3 () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x29 (* |u[1]| |u[1]|)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x40 (* |v[1]| |v[1]|)))
 (let ((?x37 (* %aux2 %aux2)))
 (= ?x37 ?x40))))
(assert
 (<= 0.0 %aux3))
(assert
 (let ((?x49 (+ |u[1]| |v[1]|)))
 (let ((?x50 (* ?x49 ?x49)))
 (let ((?x47 (* %aux3 %aux3)))
 (= ?x47 ?x50)))))
(assert
 (let ((?x59 (* %aux1 %aux2)))
 (let ((?x53 (* |u[1]| |v[1]|)))
 (<= ?x53 ?x59))))
(assert
 (let ((?x66 (+ %aux1 %aux2)))
 (let (($x67 (<= %aux3 ?x66)))
 (not $x67))))
(check-sat)
