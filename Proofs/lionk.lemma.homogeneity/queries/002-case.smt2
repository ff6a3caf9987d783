; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun t () Real)
(declare-fun |v[2]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun %aux2 () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x12 (* t t)))
 (let ((?x15 (* |v[2]| |v[2]|)))
 (let ((?x16 (* ?x15 ?x12)))
 (let ((?x10 (* |v[1]| |v[1]|)))
 (let ((?x13 (* ?x10 ?x12)))
 (let ((?x17 (+ ?x13 ?x16)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x17)))))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x10 (* |v[1]| |v[1]|)))
 (let ((?x15 (* |v[2]| |v[2]|)))
 (let ((?x22 (+ ?x15 ?x10)))
 (let ((?x21 (* %aux2 %aux2)))
 (= ?x21 ?x22))))))
(assert
 (<= 0.0 t))
(assert
 (let ((?x25 (* %aux2 t)))
 (let (($x26 (= %aux1 ?x25)))
 (not $x26))))
(check-sat)
