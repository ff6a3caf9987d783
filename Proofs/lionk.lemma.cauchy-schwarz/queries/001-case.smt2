; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |a[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |b[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x10 (* %aux1 %aux1)))
 (let ((?x9 (* |a[1]| |a[1]|)))
 (= ?x9 ?x10))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x16 (* |b[1]| |b[1]|)))
 (let ((?x14 (* %aux2 %aux2)))
 (= ?x14 ?x16))))
(assert
 (let ((?x19 (* %aux1 %aux2)))
 (let ((?x18 (* |a[1]| |b[1]|)))
 (let (($x20 (<= ?x18 ?x19)))
 (not $x20)))))
(check-sat)
