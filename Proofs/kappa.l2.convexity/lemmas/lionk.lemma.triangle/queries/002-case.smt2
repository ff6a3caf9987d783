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
 (let ((?x31 (* |v[1]| |v[1]|)))
 (let ((?x29 (* |v[2]| |v[2]|)))
 (let ((?x32 (+ ?x29 ?x31)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x32))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x46 (* |u[2]| |u[2]|)))
 (let ((?x44 (* |u[1]| |u[1]|)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x41 (* %aux2 %aux2)))
 (= ?x41 ?x47))))))
(assert
 (<= 0.0 %aux3))
(assert
 (let ((?x59 (+ |u[1]| |v[1]|)))
 (let ((?x60 (* ?x59 ?x59)))
 (let ((?x57 (+ |u[2]| |v[2]|)))
 (let ((?x58 (* ?x57 ?x57)))
 (let ((?x61 (+ ?x58 ?x60)))
 (let ((?x55 (* %aux3 %aux3)))
 (= ?x55 ?x61))))))))
(assert
 (let ((?x79 (* %aux1 %aux2)))
 (let ((?x71 (* |u[1]| |v[1]|)))
 (let ((?x64 (* |u[2]| |v[2]|)))
 (let ((?x78 (+ ?x64 ?x71)))
 (<= ?x78 ?x79))))))
(assert
 (let ((?x87 (+ %aux1 %aux2)))
 (let (($x88 (<= %aux3 ?x87)))
 (not $x88))))
(check-sat)
