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
 (let ((?x29 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x26 (* |z_s[1]| |z_s[1]| |z_s[1]| |z_s[1]|)))
 (= ?x26 ?x29))))
(assert
 (<= 0.0 |w_s[1]|))
(assert
 (let ((?x40 (* |w_s[1]| |w_s[1]|)))
 (let ((?x39 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x39 ?x40))))
(assert
 (<= 0.0 r_s))
(assert
 (let ((?x47 (* r_s r_s r_s)))
 (= |w_s[1]| ?x47)))
(assert
 (<= |z_s[1]| 1.0))
(assert
 (let ((?x55 (* |s[1]| |x[1]|)))
 (= r_s ?x55)))
(assert
 (<= 0.0 |w_x[1]|))
(assert
 (let ((?x62 (* |w_x[1]| |w_x[1]|)))
 (let ((?x39 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (= ?x39 ?x62))))
(assert
 (<= 0.0 r_x))
(assert
 (let ((?x70 (* r_x r_x r_x)))
 (= |w_x[1]| ?x70)))
(assert
 (let (($x77 (= r_s r_x)))
 (let ((?x47 (* r_s r_s r_s)))
 (let (($x49 (= |w_s[1]| ?x47)))
 (let (($x46 (<= 0.0 r_s)))
 (let ((?x40 (* |w_s[1]| |w_s[1]|)))
 (let ((?x39 (* |x[1]| |x[1]| |x[1]| |x[1]| |x[1]| |x[1]|)))
 (let (($x41 (= ?x39 ?x40)))
 (let (($x36 (<= 0.0 |w_s[1]|)))
 (let ((?x70 (* r_x r_x r_x)))
 (let (($x72 (= |w_x[1]| ?x70)))
 (let (($x69 (<= 0.0 r_x)))
 (let ((?x62 (* |w_x[1]| |w_x[1]|)))
 (let (($x64 (= ?x39 ?x62)))
 (let (($x61 (<= 0.0 |w_x[1]|)))
 (let (($x76 (and $x61 $x64 $x69 $x72 $x36 $x41 $x46 $x49)))
 (=> $x76 $x77)))))))))))))))))
(assert
 (let ((?x55 (* |s[1]| |x[1]|)))
 (let (($x82 (= r_x ?x55)))
 (not $x82))))
(check-sat)
