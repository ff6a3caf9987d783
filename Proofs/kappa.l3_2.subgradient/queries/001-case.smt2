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
 (let ((?x29 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x26 (* |z_s[1]| |z_s[1]|)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 |w_s[1]|))
(assert
 (let ((?x40 (* |w_s[1]| |w_s[1]| |w_s[1]| |w_s[1]|)))
 (let ((?x39 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x39 ?x40))))
(assert
 (<= 0.0 r_s))
(assert
 (let ((?x49 (* r_s r_s r_s)))
 (let ((?x47 (* |w_s[1]| |w_s[1]|)))
 (= ?x47 ?x49))))
(assert
 (<= |z_s[1]| 1.0))
(assert
 (let ((?x56 (* |s[1]| |x[1]|)))
 (= r_s ?x56)))
(assert
 (<= 0.0 |w_x[1]|))
(assert
 (let ((?x63 (* |w_x[1]| |w_x[1]| |w_x[1]| |w_x[1]|)))
 (let ((?x39 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x39 ?x63))))
(assert
 (<= 0.0 r_x))
(assert
 (let ((?x73 (* |w_x[1]| |w_x[1]|)))
 (let ((?x71 (* r_x r_x r_x)))
 (= ?x71 ?x73))))
(assert
 (<= 0.0 |w_y[1]|))
(assert
 (let ((?x83 (* |y[1]| |y[1]| |y[1]| |y[1]| |y[1]| |y[1]|)))
 (let ((?x80 (* |w_y[1]| |w_y[1]| |w_y[1]| |w_y[1]|)))
 (= ?x80 ?x83))))
(assert
 (<= 0.0 r_y))
(assert
 (let ((?x92 (* r_y r_y r_y)))
 (let ((?x90 (* |w_y[1]| |w_y[1]|)))
 (= ?x90 ?x92))))
(assert
 (let (($x98 (= r_s r_x)))
 (let ((?x49 (* r_s r_s r_s)))
 (let ((?x47 (* |w_s[1]| |w_s[1]|)))
 (let (($x50 (= ?x47 ?x49)))
 (let (($x46 (<= 0.0 r_s)))
 (let ((?x40 (* |w_s[1]| |w_s[1]| |w_s[1]| |w_s[1]|)))
 (let ((?x39 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (let (($x41 (= ?x39 ?x40)))
 (let (($x36 (<= 0.0 |w_s[1]|)))
 (let ((?x73 (* |w_x[1]| |w_x[1]|)))
 (let ((?x71 (* r_x r_x r_x)))
 (let (($x74 (= ?x71 ?x73)))
 (let (($x70 (<= 0.0 r_x)))
 (let ((?x63 (* |w_x[1]| |w_x[1]| |w_x[1]| |w_x[1]|)))
 (let (($x65 (= ?x39 ?x63)))
 (let (($x62 (<= 0.0 |w_x[1]|)))
 (let (($x97 (and $x62 $x65 $x70 $x74 $x36 $x41 $x46 $x50)))
 (=> $x97 $x98)))))))))))))))))))
(assert
 (let ((?x104 (* |s[1]| |y[1]|)))
 (let (($x105 (<= ?x104 r_y)))
 (let ((?x92 (* r_y r_y r_y)))
 (let ((?x90 (* |w_y[1]| |w_y[1]|)))
 (let (($x93 (= ?x90 ?x92)))
 (let (($x89 (<= 0.0 r_y)))
 (let ((?x83 (* |y[1]| |y[1]| |y[1]| |y[1]| |y[1]| |y[1]|)))
 (let ((?x80 (* |w_y[1]| |w_y[1]| |w_y[1]| |w_y[1]|)))
 (let (($x84 (= ?x80 ?x83)))
 (let (($x79 (<= 0.0 |w_y[1]|)))
 (let ((?x29 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x26 (* |z_s[1]| |z_s[1]|)))
 (let (($x30 (= ?x26 ?x29)))
 (let (($x7 (<= 0.0 |z_s[1]|)))
 (let (($x55 (<= |z_s[1]| 1.0)))
 (let (($x103 (and $x55 $x7 $x30 $x79 $x84 $x89 $x93)))
 (=> $x103 $x105))))))))))))))))))
(assert
 (let ((?x113 (* (- 1.0) |x[1]|)))
 (let ((?x114 (+ |y[1]| ?x113)))
 (let ((?x115 (* |s[1]| ?x114)))
 (let ((?x116 (+ r_x ?x115)))
 (let (($x117 (<= ?x116 r_y)))
 (not $x117)))))))
(check-sat)
