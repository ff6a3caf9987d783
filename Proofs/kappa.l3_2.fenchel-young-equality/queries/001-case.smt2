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
 (let ((?x8 (* |z_s[1]| |z_s[1]|)))
 (= ?x8 ?x10))))
(assert
 (<= 0.0 |w_s[1]|))
(assert
 (let ((?x16 (* |w_s[1]| |w_s[1]| |w_s[1]| |w_s[1]|)))
 (let ((?x15 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x15 ?x16))))
(assert
 (<= 0.0 r_s))
(assert
 (let ((?x21 (* r_s r_s r_s)))
 (let ((?x20 (* |w_s[1]| |w_s[1]|)))
 (= ?x20 ?x21))))
(assert
 (<= |z_s[1]| 1.0))
(assert
 (let ((?x25 (* |s[1]| |x[1]|)))
 (= r_s ?x25)))
(assert
 (<= 0.0 |w_x[1]|))
(assert
 (let ((?x29 (* |w_x[1]| |w_x[1]| |w_x[1]| |w_x[1]|)))
 (let ((?x15 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x15 ?x29))))
(assert
 (<= 0.0 r_x))
(assert
 (let ((?x34 (* |w_x[1]| |w_x[1]|)))
 (let ((?x33 (* r_x r_x r_x)))
 (= ?x33 ?x34))))
(assert
 (let (($x37 (= r_s r_x)))
 (let ((?x21 (* r_s r_s r_s)))
 (let ((?x20 (* |w_s[1]| |w_s[1]|)))
 (let (($x22 (= ?x20 ?x21)))
 (let (($x19 (<= 0.0 r_s)))
 (let ((?x16 (* |w_s[1]| |w_s[1]| |w_s[1]| |w_s[1]|)))
 (let ((?x15 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (let (($x17 (= ?x15 ?x16)))
 (let (($x13 (<= 0.0 |w_s[1]|)))
 (let ((?x34 (* |w_x[1]| |w_x[1]|)))
 (let ((?x33 (* r_x r_x r_x)))
 (let (($x35 (= ?x33 ?x34)))
 (let (($x32 (<= 0.0 r_x)))
 (let ((?x29 (* |w_x[1]| |w_x[1]| |w_x[1]| |w_x[1]|)))
 (let (($x30 (= ?x15 ?x29)))
 (let (($x28 (<= 0.0 |w_x[1]|)))
 (let (($x36 (and $x28 $x30 $x32 $x35 $x13 $x17 $x19 $x22)))
 (=> $x36 $x37)))))))))))))))))))
(assert
 (let ((?x25 (* |s[1]| |x[1]|)))
 (let (($x39 (= r_x ?x25)))
 (not $x39))))
(check-sat)
