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
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x8 (* |w_v[1]| |w_v[1]| |w_v[1]| |w_v[1]|)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 r_v))
(assert
 (let ((?x15 (* |w_v[1]| |w_v[1]|)))
 (let ((?x14 (* r_v r_v r_v)))
 (= ?x14 ?x15))))
(assert
 (<= r_v 0.0))
(assert
 (let (($x18 (= 0.0 |v[1]|)))
 (not $x18)))
(check-sat)
