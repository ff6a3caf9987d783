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
 (let ((?x10 (* |u[1]| |u[1]|)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x16 (* |v[1]| |v[1]|)))
 (let ((?x14 (* %aux2 %aux2)))
 (= ?x14 ?x16))))
(assert
 (<= 0.0 %aux3))
(assert
 (let ((?x21 (+ |u[1]| |v[1]|)))
 (let ((?x22 (* ?x21 ?x21)))
 (let ((?x20 (* %aux3 %aux3)))
 (= ?x20 ?x22)))))
(assert
 (let ((?x25 (* %aux1 %aux2)))
 (let ((?x24 (* |u[1]| |v[1]|)))
 (<= ?x24 ?x25))))
(assert
 (let ((?x27 (+ %aux1 %aux2)))
 (let (($x28 (<= %aux3 ?x27)))
 (not $x28))))
(check-sat)
