; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |z_s[1]| () Real)
(declare-fun |s[1]| () Real)
(declare-fun |w_s[1]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun r_s () Real)
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
 (<= 0.0 |z_s[1]|))
(assert
 (let ((?x29 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x26 (* |z_s[1]| |z_s[1]| |z_s[1]| |z_s[1]|)))
 (= ?x26 ?x29))))
(assert
 (let (($x54 (<= |z_s[1]| 1.0)))
 (not $x54)))
(check-sat)
