; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |w_1[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun r_1 () Real)
(declare-fun |w_2[1]| () Real)
(declare-fun r_2 () Real)
(assert
 (<= 0.0 |w_1[1]|))
(assert
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x8 (* |w_1[1]| |w_1[1]| |w_1[1]| |w_1[1]|)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 r_1))
(assert
 (let ((?x15 (* |w_1[1]| |w_1[1]|)))
 (let ((?x14 (* r_1 r_1 r_1)))
 (= ?x14 ?x15))))
(assert
 (<= 0.0 |w_2[1]|))
(assert
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x19 (* |w_2[1]| |w_2[1]| |w_2[1]| |w_2[1]|)))
 (= ?x19 ?x10))))
(assert
 (<= 0.0 r_2))
(assert
 (let ((?x24 (* r_2 r_2 r_2)))
 (let ((?x23 (* |w_2[1]| |w_2[1]|)))
 (= ?x23 ?x24))))
(assert
 (let (($x27 (= |w_1[1]| |w_2[1]|)))
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x19 (* |w_2[1]| |w_2[1]| |w_2[1]| |w_2[1]|)))
 (let (($x20 (= ?x19 ?x10)))
 (let (($x18 (<= 0.0 |w_2[1]|)))
 (let ((?x8 (* |w_1[1]| |w_1[1]| |w_1[1]| |w_1[1]|)))
 (let (($x11 (= ?x8 ?x10)))
 (let (($x7 (<= 0.0 |w_1[1]|)))
 (let (($x26 (and $x7 $x11 $x18 $x20)))
 (=> $x26 $x27)))))))))))
(assert
 (let (($x31 (= r_1 r_2)))
 (let ((?x24 (* r_2 r_2 r_2)))
 (let ((?x14 (* r_1 r_1 r_1)))
 (let (($x29 (= ?x14 ?x24)))
 (let (($x22 (<= 0.0 r_2)))
 (let (($x13 (<= 0.0 r_1)))
 (let (($x30 (and $x13 $x22 $x29)))
 (=> $x30 $x31)))))))))
(assert
 (let (($x31 (= r_1 r_2)))
 (not $x31)))
(check-sat)
