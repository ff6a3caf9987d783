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
(declare-fun |w_y[1]| () Real)
(declare-fun |y[1]| () Real)
(declare-fun r_y () Real)
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
 (<= 0.0 |w_y[1]|))
(assert
 (let ((?x40 (* |y[1]| |y[1]| |y[1]| |y[1]| |y[1]| |y[1]|)))
 (let ((?x38 (* |w_y[1]| |w_y[1]| |w_y[1]| |w_y[1]|)))
 (= ?x38 ?x40))))
(assert
 (<= 0.0 r_y))
(assert
 (let ((?x45 (* r_y r_y r_y)))
 (let ((?x44 (* |w_y[1]| |w_y[1]|)))
 (= ?x44 ?x45))))
(assert
 (let (($x48 (= r_s r_x)))
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
 (let (($x47 (and $x28 $x30 $x32 $x35 $x13 $x17 $x19 $x22)))
 (=> $x47 $x48)))))))))))))))))))
(assert
 (let ((?x51 (* |s[1]| |y[1]|)))
 (let (($x52 (<= ?x51 r_y)))
 (let ((?x45 (* r_y r_y r_y)))
 (let ((?x44 (* |w_y[1]| |w_y[1]|)))
 (let (($x46 (= ?x44 ?x45)))
 (let (($x43 (<= 0.0 r_y)))
 (let ((?x40 (* |y[1]| |y[1]| |y[1]| |y[1]| |y[1]| |y[1]|)))
 (let ((?x38 (* |w_y[1]| |w_y[1]| |w_y[1]| |w_y[1]|)))
 (let (($x41 (= ?x38 ?x40)))
 (let (($x37 (<= 0.0 |w_y[1]|)))
 (let ((?x10 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x8 (* |z_s[1]| |z_s[1]|)))
 (let (($x11 (= ?x8 ?x10)))
 (let (($x7 (<= 0.0 |z_s[1]|)))
 (let (($x24 (<= |z_s[1]| 1.0)))
 (let (($x50 (and $x24 $x7 $x11 $x37 $x41 $x43 $x46)))
 (=> $x50 $x52))))))))))))))))))
(assert
 (let ((?x55 (* (- 1.0) |x[1]|)))
 (let ((?x56 (+ |y[1]| ?x55)))
 (let ((?x57 (* |s[1]| ?x56)))
 (let ((?x58 (+ r_x ?x57)))
 (let (($x59 (<= ?x58 r_y)))
 (not $x59)))))))
(check-sat)
