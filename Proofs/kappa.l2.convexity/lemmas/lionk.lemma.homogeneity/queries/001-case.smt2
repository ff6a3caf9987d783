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
 (let ((?x29 (* |v[1]| |v[1]|)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x40 (* t t)))
 (let ((?x29 (* |v[1]| |v[1]|)))
 (let ((?x41 (* ?x29 ?x40)))
 (let ((?x37 (* %aux2 %aux2)))
 (= ?x37 ?x41))))))
(assert
 (<= 0.0 t))
(assert
 (let ((?x48 (* %aux1 t)))
 (let (($x50 (= %aux2 ?x48)))
 (not $x50))))
(check-sat)
