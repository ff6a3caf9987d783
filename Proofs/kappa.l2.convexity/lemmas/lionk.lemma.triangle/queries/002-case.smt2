; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |v[1]| () Real)
(declare-fun |v[2]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |u[2]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun %aux3 () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x12 (* |v[1]| |v[1]|)))
 (let ((?x10 (* |v[2]| |v[2]|)))
 (let ((?x13 (+ ?x10 ?x12)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x13))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x21 (* |u[2]| |u[2]|)))
 (let ((?x19 (* |u[1]| |u[1]|)))
 (let ((?x22 (+ ?x19 ?x21)))
 (let ((?x17 (* %aux2 %aux2)))
 (= ?x17 ?x22))))))
(assert
 (<= 0.0 %aux3))
(assert
 (let ((?x29 (+ |u[1]| |v[1]|)))
 (let ((?x30 (* ?x29 ?x29)))
 (let ((?x27 (+ |u[2]| |v[2]|)))
 (let ((?x28 (* ?x27 ?x27)))
 (let ((?x31 (+ ?x28 ?x30)))
 (let ((?x26 (* %aux3 %aux3)))
 (= ?x26 ?x31))))))))
(assert
 (let ((?x36 (* %aux1 %aux2)))
 (let ((?x34 (* |u[1]| |v[1]|)))
 (let ((?x33 (* |u[2]| |v[2]|)))
 (let ((?x35 (+ ?x33 ?x34)))
 (<= ?x35 ?x36))))))
(assert
 (let ((?x38 (+ %aux1 %aux2)))
 (let (($x39 (<= %aux3 ?x38)))
 (not $x39))))
(check-sat)
