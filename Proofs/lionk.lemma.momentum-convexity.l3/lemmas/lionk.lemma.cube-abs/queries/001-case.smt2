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
 (let ((?x29 (* |t[1]| |t[1]|)))
 (let ((?x27 (* |v[1]| |v[1]|)))
 (= ?x27 ?x29))))
(assert
 (<= 0.0 |W[1]|))
(assert
 (let ((?x39 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x37 (* |W[1]| |W[1]|)))
 (= ?x37 ?x39))))
(assert
 (let ((?x27 (* |v[1]| |v[1]|)))
 (let ((?x44 (* |t[1]| ?x27)))
 (let (($x45 (= |W[1]| ?x44)))
 (not $x45)))))
(check-sat)
