; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |v[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun t () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x10 (* |v[1]| |v[1]|)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x16 (* t t)))
 (let ((?x10 (* |v[1]| |v[1]|)))
 (let ((?x17 (* ?x10 ?x16)))
 (let ((?x14 (* %aux2 %aux2)))
 (= ?x14 ?x17))))))
(assert
 (<= 0.0 t))
(assert
 (let ((?x20 (* %aux1 t)))
 (let (($x21 (= %aux2 ?x20)))
 (not $x21))))
(check-sat)
