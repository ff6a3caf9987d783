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
 (let ((?x17 (* |s[2]| |s[2]| |s[2]| |s[2]| |s[2]| |s[2]|)))
 (let ((?x15 (* |z_s[2]| |z_s[2]|)))
 (let (($x18 (= ?x15 ?x17)))
 (let ((?x13 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x11 (* |z_s[1]| |z_s[1]|)))
 (let (($x14 (= ?x11 ?x13)))
 (and $x14 $x18))))))))
(assert
 (let (($x23 (<= 0.0 |w_s[2]|)))
 (let (($x21 (<= 0.0 |w_s[1]|)))
 (and $x21 $x23))))
(assert
 (let ((?x31 (* |x[2]| |x[2]| |x[2]| |x[2]| |x[2]| |x[2]|)))
 (let ((?x29 (* |w_s[2]| |w_s[2]| |w_s[2]| |w_s[2]|)))
 (let (($x32 (= ?x29 ?x31)))
 (let ((?x27 (* |w_s[1]| |w_s[1]| |w_s[1]| |w_s[1]|)))
 (let ((?x26 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (let (($x28 (= ?x26 ?x27)))
 (and $x28 $x32))))))))
(assert
 (<= 0.0 r_s))
(assert
 (let ((?x37 (+ |w_s[1]| |w_s[2]|)))
 (let ((?x38 (* ?x37 ?x37)))
 (let ((?x36 (* r_s r_s r_s)))
 (= ?x36 ?x38)))))
(assert
 (let ((?x40 (+ |z_s[1]| |z_s[2]|)))
 (<= ?x40 1.0)))
(assert
 (let ((?x44 (* |s[1]| |x[1]|)))
 (let ((?x43 (* |s[2]| |x[2]|)))
 (let ((?x45 (+ ?x43 ?x44)))
 (= r_s ?x45)))))
(assert
 (let (($x9 (<= 0.0 |z_s[2]|)))
 (let (($x7 (<= 0.0 |z_s[1]|)))
 (and $x7 $x9))))
(assert
 (let ((?x17 (* |s[2]| |s[2]| |s[2]| |s[2]| |s[2]| |s[2]|)))
 (let ((?x15 (* |z_s[2]| |z_s[2]|)))
 (let (($x18 (= ?x15 ?x17)))
 (let ((?x13 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x11 (* |z_s[1]| |z_s[1]|)))
 (let (($x14 (= ?x11 ?x13)))
 (and $x14 $x18))))))))
(assert
 (let ((?x40 (+ |z_s[1]| |z_s[2]|)))
 (let (($x42 (<= ?x40 1.0)))
 (not $x42))))
(check-sat)
