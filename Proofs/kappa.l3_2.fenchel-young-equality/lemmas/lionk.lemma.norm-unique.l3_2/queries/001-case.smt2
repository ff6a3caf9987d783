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
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x26 (* |w_1[1]| |w_1[1]| |w_1[1]| |w_1[1]|)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 r_1))
(assert
 (let ((?x39 (* |w_1[1]| |w_1[1]|)))
 (let ((?x37 (* r_1 r_1 r_1)))
 (= ?x37 ?x39))))
(assert
 (<= 0.0 |w_2[1]|))
(assert
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x46 (* |w_2[1]| |w_2[1]| |w_2[1]| |w_2[1]|)))
 (= ?x46 ?x29))))
(assert
 (<= 0.0 r_2))
(assert
 (let ((?x56 (* r_2 r_2 r_2)))
 (let ((?x54 (* |w_2[1]| |w_2[1]|)))
 (= ?x54 ?x56))))
(assert
 (let (($x62 (= |w_1[1]| |w_2[1]|)))
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x46 (* |w_2[1]| |w_2[1]| |w_2[1]| |w_2[1]|)))
 (let (($x48 (= ?x46 ?x29)))
 (let (($x45 (<= 0.0 |w_2[1]|)))
 (let ((?x26 (* |w_1[1]| |w_1[1]| |w_1[1]| |w_1[1]|)))
 (let (($x30 (= ?x26 ?x29)))
 (let (($x7 (<= 0.0 |w_1[1]|)))
 (let (($x61 (and $x7 $x30 $x45 $x48)))
 (=> $x61 $x62)))))))))))
(assert
 (let (($x69 (= r_1 r_2)))
 (let ((?x56 (* r_2 r_2 r_2)))
 (let ((?x37 (* r_1 r_1 r_1)))
 (let (($x67 (= ?x37 ?x56)))
 (let (($x53 (<= 0.0 r_2)))
 (let (($x36 (<= 0.0 r_1)))
 (let (($x68 (and $x36 $x53 $x67)))
 (=> $x68 $x69)))))))))
(assert
 (let (($x69 (= r_1 r_2)))
 (not $x69)))
(check-sat)
