; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |w_v[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun r_v () Real)
(assert
 (<= 0.0 |w_v[1]|))
(assert
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x26 (* |w_v[1]| |w_v[1]| |w_v[1]| |w_v[1]|)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 r_v))
(assert
 (let ((?x39 (* |w_v[1]| |w_v[1]|)))
 (let ((?x37 (* r_v r_v r_v)))
 (= ?x37 ?x39))))
(assert
 (<= r_v 0.0))
(assert
 (let (($x45 (= 0.0 |v[1]|)))
 (not $x45)))
(check-sat)
