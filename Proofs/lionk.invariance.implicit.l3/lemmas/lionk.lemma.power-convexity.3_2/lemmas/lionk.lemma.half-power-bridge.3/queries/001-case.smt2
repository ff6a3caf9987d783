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
 (let ((?x11 (* |t[1]| |t[1]| |t[1]| |t[1]| |t[1]| |t[1]|)))
 (let ((?x10 (* |z[1]| |z[1]| |z[1]| |z[1]|)))
 (= ?x10 ?x11))))
(assert
 (let ((?x14 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x13 (* |z[1]| |z[1]|)))
 (let (($x15 (= ?x13 ?x14)))
 (not $x15)))))
(check-sat)
