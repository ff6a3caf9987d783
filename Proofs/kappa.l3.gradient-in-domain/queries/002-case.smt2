; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |z_s[2]| () Real)
(declare-fun |z_s[1]| () Real)
(declare-fun |s[2]| () Real)
(declare-fun |s[1]| () Real)
(declare-fun |w_s[2]| () Real)
(declare-fun |w_s[1]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun r_s () Real)
(assert
 (let (($x9 (<= 0.0 |z_s[2]|)))
 (let (($x7 (<= 0.0 |z_s[1]|)))
 (and $x7 $x9))))
(assert
 (let ((?x37 (* |s[2]| |s[2]| |s[2]| |s[2]| |s[2]| |s[2]|)))
 (let ((?x35 (* |z_s[2]| |z_s[2]| |z_s[2]| |z_s[2]|)))
 (let (($x38 (= ?x35 ?x37)))
 (let ((?x33 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x29 (* |z_s[1]| |z_s[1]| |z_s[1]| |z_s[1]|)))
 (let (($x34 (= ?x29 ?x33)))
 (and $x34 $x38))))))))
(assert
 (let (($x50 (<= 0.0 |w_s[2]|)))
 (let (($x48 (<= 0.0 |w_s[1]|)))
 (and $x48 $x50))))
(assert
 (let ((?x60 (* |x[2]| |x[2]| |x[2]| |x[2]| |x[2]| |x[2]|)))
 (let ((?x58 (* |w_s[2]| |w_s[2]|)))
 (let (($x61 (= ?x58 ?x60)))
 (let ((?x56 (* |w_s[1]| |w_s[1]|)))
 (let ((?x55 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (let (($x57 (= ?x55 ?x56)))
 (and $x57 $x61))))))))
(assert
 (<= 0.0 r_s))
(assert
 (let ((?x73 (* r_s r_s r_s)))
 (let ((?x71 (+ |w_s[1]| |w_s[2]|)))
 (= ?x71 ?x73))))
(assert
 (let ((?x78 (+ |z_s[1]| |z_s[2]|)))
 (<= ?x78 1.0)))
(assert
 (let ((?x82 (* |s[1]| |x[1]|)))
 (let ((?x81 (* |s[2]| |x[2]|)))
 (let ((?x83 (+ ?x81 ?x82)))
 (= r_s ?x83)))))
(assert
 (let (($x9 (<= 0.0 |z_s[2]|)))
 (let (($x7 (<= 0.0 |z_s[1]|)))
 (and $x7 $x9))))
(assert
 (let ((?x37 (* |s[2]| |s[2]| |s[2]| |s[2]| |s[2]| |s[2]|)))
 (let ((?x35 (* |z_s[2]| |z_s[2]| |z_s[2]| |z_s[2]|)))
 (let (($x38 (= ?x35 ?x37)))
 (let ((?x33 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x29 (* |z_s[1]| |z_s[1]| |z_s[1]| |z_s[1]|)))
 (let (($x34 (= ?x29 ?x33)))
 (and $x34 $x38))))))))
(assert
 (let ((?x78 (+ |z_s[1]| |z_s[2]|)))
 (let (($x80 (<= ?x78 1.0)))
 (not $x80))))
(check-sat)
