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
 (let ((?x29 (* %aux1 %aux1)))
 (let ((?x27 (* |a[1]| |a[1]|)))
 (= ?x27 ?x29))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x40 (* |b[1]| |b[1]|)))
 (let ((?x37 (* %aux2 %aux2)))
 (= ?x37 ?x40))))
(assert
 (let ((?x46 (* %aux1 %aux2)))
 (let ((?x45 (* |a[1]| |b[1]|)))
 (let (($x47 (<= ?x45 ?x46)))
 (not $x47)))))
(check-sat)
