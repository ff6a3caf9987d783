; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun |x[1]| () Real)
(declare-fun |s[1]| () Real)
(assert
 (= (/ 1.0 100.0) eps))
(assert
 (= (/ 1.0 10.0) lam))
(assert
 (let ((?x13 (* lam lam)))
 (let ((?x12 (* |x[1]| |x[1]|)))
 (let ((?x14 (* ?x12 ?x13)))
 (<= ?x14 1.0)))))
(assert
 (let ((?x17 (* eps lam)))
 (<= ?x17 1.0)))
(assert
 (let ((?x20 (* |s[1]| |s[1]|)))
 (<= ?x20 1.0)))
(assert
 (let ((?x23 (* lam |s[1]| |x[1]|)))
 (let (($x24 (<= ?x23 1.0)))
 (let ((?x20 (* |s[1]| |s[1]|)))
 (let (($x21 (<= ?x20 1.0)))
 (let ((?x13 (* lam lam)))
 (let ((?x12 (* |x[1]| |x[1]|)))
 (let ((?x14 (* ?x12 ?x13)))
 (let (($x16 (<= ?x14 1.0)))
 (let (($x22 (and $x16 $x21)))
 (=> $x22 $x24)))))))))))
(assert
 (let ((?x27 (* (- 1.0) lam |x[1]|)))
 (let ((?x28 (+ |s[1]| ?x27)))
 (let ((?x29 (* eps ?x28)))
 (let ((?x30 (+ |x[1]| ?x29)))
 (let ((?x31 (* ?x30 ?x30)))
 (let ((?x13 (* lam lam)))
 (let ((?x32 (* ?x13 ?x31)))
 (let (($x33 (<= ?x32 1.0)))
 (not $x33))))))))))
(check-sat)
