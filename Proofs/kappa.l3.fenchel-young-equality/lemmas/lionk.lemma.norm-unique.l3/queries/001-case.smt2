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
 (let ((?x8 (* |w_1[1]| |w_1[1]|)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 r_1))
(assert
 (let ((?x14 (* r_1 r_1 r_1)))
 (= |w_1[1]| ?x14)))
(assert
 (<= 0.0 |w_2[1]|))
(assert
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x18 (* |w_2[1]| |w_2[1]|)))
 (= ?x18 ?x10))))
(assert
 (<= 0.0 r_2))
(assert
 (let ((?x22 (* r_2 r_2 r_2)))
 (= |w_2[1]| ?x22)))
(assert
 (let (($x25 (= |w_1[1]| |w_2[1]|)))
 (let ((?x10 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x18 (* |w_2[1]| |w_2[1]|)))
 (let (($x19 (= ?x18 ?x10)))
 (let (($x17 (<= 0.0 |w_2[1]|)))
 (let ((?x8 (* |w_1[1]| |w_1[1]|)))
 (let (($x11 (= ?x8 ?x10)))
 (let (($x7 (<= 0.0 |w_1[1]|)))
 (let (($x24 (and $x7 $x11 $x17 $x19)))
 (=> $x24 $x25)))))))))))
(assert
 (let (($x29 (= r_1 r_2)))
 (let ((?x22 (* r_2 r_2 r_2)))
 (let ((?x14 (* r_1 r_1 r_1)))
 (let (($x27 (= ?x14 ?x22)))
 (let (($x21 (<= 0.0 r_2)))
 (let (($x13 (<= 0.0 r_1)))
 (let (($x28 (and $x13 $x21 $x27)))
 (=> $x28 $x29)))))))))
(assert
 (let (($x29 (= r_1 r_2)))
 (not $x29)))
(check-sat)
