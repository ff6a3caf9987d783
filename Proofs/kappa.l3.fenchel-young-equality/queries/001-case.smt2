; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |z_s[1]| () Real)
(declare-fun |s[1]| () Real)
(declare-fun |w_s[1]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun r_s () Real)
(declare-fun |w_x[1]| () Real)
(declare-fun r_x () Real)
(assert
 (<= 0.0 |z_s[1]|))
(assert
 (let ((?x10 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x8 (* |z_s[1]| |z_s[1]| |z_s[1]| |z_s[1]|)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 |w_s[1]|))
(assert
 (let ((?x16 (* |w_s[1]| |w_s[1]|)))
 (let ((?x15 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x15 ?x16))))
(assert
 (<= 0.0 r_s))
(assert
 (let ((?x20 (* r_s r_s r_s)))
 (= |w_s[1]| ?x20)))
(assert
 (<= |z_s[1]| 1.0))
(assert
 (let ((?x24 (* |s[1]| |x[1]|)))
 (= r_s ?x24)))
(assert
 (<= 0.0 |w_x[1]|))
(assert
 (let ((?x28 (* |w_x[1]| |w_x[1]|)))
 (let ((?x15 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x15 ?x28))))
(assert
 (<= 0.0 r_x))
(assert
 (let ((?x32 (* r_x r_x r_x)))
 (= |w_x[1]| ?x32)))
(assert
 (let (($x35 (= r_s r_x)))
 (let ((?x20 (* r_s r_s r_s)))
 (let (($x21 (= |w_s[1]| ?x20)))
 (let (($x19 (<= 0.0 r_s)))
 (let ((?x16 (* |w_s[1]| |w_s[1]|)))
 (let ((?x15 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (let (($x17 (= ?x15 ?x16)))
 (let (($x13 (<= 0.0 |w_s[1]|)))
 (let ((?x32 (* r_x r_x r_x)))
 (let (($x33 (= |w_x[1]| ?x32)))
 (let (($x31 (<= 0.0 r_x)))
 (let ((?x28 (* |w_x[1]| |w_x[1]|)))
 (let (($x29 (= ?x15 ?x28)))
 (let (($x27 (<= 0.0 |w_x[1]|)))
 (let (($x34 (and $x27 $x29 $x31 $x33 $x13 $x17 $x19 $x21)))
 (=> $x34 $x35)))))))))))))))))
(assert
 (let ((?x24 (* |s[1]| |x[1]|)))
 (let (($x37 (= r_x ?x24)))
 (not $x37))))
(check-sat)
