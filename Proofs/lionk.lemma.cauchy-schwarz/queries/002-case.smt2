; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |a[2]| () Real)
(declare-fun |a[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |b[2]| () Real)
(declare-fun |b[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x12 (* |a[2]| |a[2]|)))
 (let ((?x10 (* |a[1]| |a[1]|)))
 (let ((?x13 (+ ?x10 ?x12)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x13))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x21 (* |b[2]| |b[2]|)))
 (let ((?x19 (* |b[1]| |b[1]|)))
 (let ((?x22 (+ ?x19 ?x21)))
 (let ((?x17 (* %aux2 %aux2)))
 (= ?x17 ?x22))))))
(assert
 (let ((?x27 (* %aux1 %aux2)))
 (let ((?x25 (* |a[1]| |b[1]|)))
 (let ((?x24 (* |a[2]| |b[2]|)))
 (let ((?x26 (+ ?x24 ?x25)))
 (let (($x28 (<= ?x26 ?x27)))
 (not $x28)))))))
(check-sat)
