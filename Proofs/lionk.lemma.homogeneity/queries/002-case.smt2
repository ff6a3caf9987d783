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
 (let ((?x31 (* t t)))
 (let ((?x34 (* |v[2]| |v[2]|)))
 (let ((?x35 (* ?x34 ?x31)))
 (let ((?x29 (* |v[1]| |v[1]|)))
 (let ((?x32 (* ?x29 ?x31)))
 (let ((?x36 (+ ?x32 ?x35)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x36)))))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x29 (* |v[1]| |v[1]|)))
 (let ((?x34 (* |v[2]| |v[2]|)))
 (let ((?x50 (+ ?x34 ?x29)))
 (let ((?x48 (* %aux2 %aux2)))
 (= ?x48 ?x50))))))
(assert
 (<= 0.0 t))
(assert
 (let ((?x55 (* %aux2 t)))
 (let (($x59 (= %aux1 ?x55)))
 (not $x59))))
(check-sat)
