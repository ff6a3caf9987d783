; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |w1[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun |w2[1]| () Real)
(assert
 (<= 0.0 |w1[1]|))
(assert
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x26 (* |w1[1]| |w1[1]|)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 |w2[1]|))
(assert
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x37 (* |w2[1]| |w2[1]|)))
 (= ?x37 ?x29))))
(assert
 (let (($x43 (= |w1[1]| |w2[1]|)))
 (not $x43)))
(check-sat)
