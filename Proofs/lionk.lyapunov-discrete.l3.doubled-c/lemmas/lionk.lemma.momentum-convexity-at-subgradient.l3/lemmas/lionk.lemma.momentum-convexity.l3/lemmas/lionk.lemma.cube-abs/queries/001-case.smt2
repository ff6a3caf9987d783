; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |t[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun |W[1]| () Real)
(assert
 (<= 0.0 |t[1]|))
(assert
 (let ((?x10 (* |t[1]| |t[1]|)))
 (let ((?x9 (* |v[1]| |v[1]|)))
 (= ?x9 ?x10))))
(assert
 (<= 0.0 |W[1]|))
(assert
 (let ((?x15 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x14 (* |W[1]| |W[1]|)))
 (= ?x14 ?x15))))
(assert
 (let ((?x9 (* |v[1]| |v[1]|)))
 (let ((?x17 (* |t[1]| ?x9)))
 (let (($x18 (= |W[1]| ?x17)))
 (not $x18)))))
(check-sat)
