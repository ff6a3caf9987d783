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
 (let ((?x37 (* |v[2]| |v[2]| |v[2]| |v[2]| |v[2]| |v[2]|)))
 (let ((?x35 (* |w_v[2]| |w_v[2]|)))
 (let (($x38 (= ?x35 ?x37)))
 (let ((?x33 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x29 (* |w_v[1]| |w_v[1]|)))
 (let (($x34 (= ?x29 ?x33)))
 (and $x34 $x38))))))))
(assert
 (<= 0.0 r_v))
(assert
 (let ((?x51 (+ |w_v[1]| |w_v[2]|)))
 (let ((?x49 (* r_v r_v r_v)))
 (= ?x49 ?x51))))
(assert
 (<= r_v 0.0))
(assert
 (let (($x58 (= 0.0 |v[2]|)))
 (let (($x55 (= 0.0 |v[1]|)))
 (let (($x59 (and $x55 $x58)))
 (not $x59)))))
(check-sat)
