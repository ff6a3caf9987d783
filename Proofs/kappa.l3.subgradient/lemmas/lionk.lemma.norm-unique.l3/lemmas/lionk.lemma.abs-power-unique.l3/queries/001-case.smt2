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
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x8 (* |w1[1]| |w1[1]|)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 |w2[1]|))
(assert
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x14 (* |w2[1]| |w2[1]|)))
 (= ?x14 ?x10))))
(assert
 (let (($x16 (= |w1[1]| |w2[1]|)))
 (not $x16)))
(check-sat)
