; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |w_v[2]| () Real)
(declare-fun |w_v[1]| () Real)
(declare-fun |v[2]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun r_v () Real)
(assert
 (let (($x9 (<= 0.0 |w_v[2]|)))
 (let (($x7 (<= 0.0 |w_v[1]|)))
 (and $x7 $x9))))
(assert
 (let ((?x17 (* |v[2]| |v[2]| |v[2]| |v[2]| |v[2]| |v[2]|)))
 (let ((?x15 (* |w_v[2]| |w_v[2]| |w_v[2]| |w_v[2]|)))
 (let (($x18 (= ?x15 ?x17)))
 (let ((?x13 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x11 (* |w_v[1]| |w_v[1]| |w_v[1]| |w_v[1]|)))
 (let (($x14 (= ?x11 ?x13)))
 (and $x14 $x18))))))))
(assert
 (<= 0.0 r_v))
(assert
 (let ((?x23 (+ |w_v[1]| |w_v[2]|)))
 (let ((?x24 (* ?x23 ?x23)))
 (let ((?x22 (* r_v r_v r_v)))
 (= ?x22 ?x24)))))
(assert
 (<= r_v 0.0))
(assert
 (let (($x28 (= 0.0 |v[2]|)))
 (let (($x27 (= 0.0 |v[1]|)))
 (let (($x29 (and $x27 $x28)))
 (not $x29)))))
(check-sat)
