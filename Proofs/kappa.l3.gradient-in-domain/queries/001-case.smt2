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
 (<= 0.0 |z_s[1]|))
(assert
 (let ((?x10 (* |s[1]| |s[1]| |s[1]| |s[1]| |s[1]| |s[1]|)))
 (let ((?x8 (* |z_s[1]| |z_s[1]| |z_s[1]| |z_s[1]|)))
 (= ?x8 ?x10))))
(assert
 (let (($x23 (<= |z_s[1]| 1.0)))
 (not $x23)))
(check-sat)
