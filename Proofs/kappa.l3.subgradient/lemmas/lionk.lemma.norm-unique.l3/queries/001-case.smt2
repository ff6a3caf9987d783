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
 (let ((?x26 (* |w_1[1]| |w_1[1]|)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 r_1))
(assert
 (let ((?x37 (* r_1 r_1 r_1)))
 (= |w_1[1]| ?x37)))
(assert
 (<= 0.0 |w_2[1]|))
(assert
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x45 (* |w_2[1]| |w_2[1]|)))
 (= ?x45 ?x29))))
(assert
 (<= 0.0 r_2))
(assert
 (let ((?x53 (* r_2 r_2 r_2)))
 (= |w_2[1]| ?x53)))
(assert
 (let (($x60 (= |w_1[1]| |w_2[1]|)))
 (let ((?x29 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x45 (* |w_2[1]| |w_2[1]|)))
 (let (($x47 (= ?x45 ?x29)))
 (let (($x44 (<= 0.0 |w_2[1]|)))
 (let ((?x26 (* |w_1[1]| |w_1[1]|)))
 (let (($x30 (= ?x26 ?x29)))
 (let (($x7 (<= 0.0 |w_1[1]|)))
 (let (($x59 (and $x7 $x30 $x44 $x47)))
 (=> $x59 $x60)))))))))))
(assert
 (let (($x67 (= r_1 r_2)))
 (let ((?x53 (* r_2 r_2 r_2)))
 (let ((?x37 (* r_1 r_1 r_1)))
 (let (($x65 (= ?x37 ?x53)))
 (let (($x52 (<= 0.0 r_2)))
 (let (($x36 (<= 0.0 r_1)))
 (let (($x66 (and $x36 $x52 $x65)))
 (=> $x66 $x67)))))))))
(assert
 (let (($x67 (= r_1 r_2)))
 (not $x67)))
(check-sat)
