; lionk case query: d=1 case 1/2: t[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |t[1]| () Real)
(declare-fun |z[1]| () Real)
(assert
 (<= 0.0 |t[1]|))
(assert
 (<= 0.0 |z[1]|))
(assert
 (let ((?x30 (* |t[1]| |t[1]| |t[1]| |t[1]| |t[1]| |t[1]|)))
 (let ((?x29 (* |z[1]| |z[1]| |z[1]| |z[1]|)))
 (= ?x29 ?x30))))
(assert
 (let ((?x38 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x37 (* |z[1]| |z[1]|)))
 (let (($x39 (= ?x37 ?x38)))
 (not $x39)))))
(check-sat)
