; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun %aux1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |s[1]| () Real)
(assert
 (= (/ 1.0 100.0) eps))
(assert
 (= (/ 1.0 10.0) lam))
(assert
 (let ((?x13 (* eps lam)))
 (let ((?x14 (+ 1.0 ?x13)))
 (let ((?x15 (* %aux1 ?x14)))
 (= 1.0 ?x15)))))
(assert
 (let ((?x19 (* lam lam)))
 (let ((?x18 (* |x[1]| |x[1]|)))
 (let ((?x20 (* ?x18 ?x19)))
 (<= ?x20 1.0)))))
(assert
 (let ((?x23 (* |s[1]| |s[1]|)))
 (<= ?x23 1.0)))
(assert
 (let ((?x26 (* lam |s[1]| |x[1]|)))
 (let (($x27 (<= ?x26 1.0)))
 (let ((?x23 (* |s[1]| |s[1]|)))
 (let (($x24 (<= ?x23 1.0)))
 (let ((?x19 (* lam lam)))
 (let ((?x18 (* |x[1]| |x[1]|)))
 (let ((?x20 (* ?x18 ?x19)))
 (let (($x21 (<= ?x20 1.0)))
 (let (($x25 (and $x21 $x24)))
 (=> $x25 $x27)))))))))))
(assert
 (let ((?x30 (* eps |s[1]|)))
 (let ((?x31 (+ |x[1]| ?x30)))
 (let ((?x32 (* ?x31 ?x31)))
 (let ((?x19 (* lam lam)))
 (let ((?x29 (* %aux1 %aux1)))
 (let ((?x33 (* ?x29 ?x19 ?x32)))
 (let (($x34 (<= ?x33 1.0)))
 (not $x34)))))))))
(check-sat)
