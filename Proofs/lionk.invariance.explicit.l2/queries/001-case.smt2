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
 (let ((?x32 (* lam lam)))
 (let ((?x31 (* |x[1]| |x[1]|)))
 (let ((?x34 (* ?x31 ?x32)))
 (<= ?x34 1.0)))))
(assert
 (let ((?x39 (* eps lam)))
 (<= ?x39 1.0)))
(assert
 (let ((?x42 (* |s[1]| |s[1]|)))
 (<= ?x42 1.0)))
(assert
 (let ((?x45 (* lam |s[1]| |x[1]|)))
 (let (($x46 (<= ?x45 1.0)))
 (let ((?x42 (* |s[1]| |s[1]|)))
 (let (($x43 (<= ?x42 1.0)))
 (let ((?x32 (* lam lam)))
 (let ((?x31 (* |x[1]| |x[1]|)))
 (let ((?x34 (* ?x31 ?x32)))
 (let (($x36 (<= ?x34 1.0)))
 (let (($x44 (and $x36 $x43)))
 (=> $x44 $x46)))))))))))
(assert
 (let ((?x54 (* (- 1.0) lam |x[1]|)))
 (let ((?x55 (+ |s[1]| ?x54)))
 (let ((?x56 (* eps ?x55)))
 (let ((?x57 (+ |x[1]| ?x56)))
 (let ((?x58 (* ?x57 ?x57)))
 (let ((?x32 (* lam lam)))
 (let ((?x59 (* ?x32 ?x58)))
 (let (($x60 (<= ?x59 1.0)))
 (not $x60))))))))))
(check-sat)
