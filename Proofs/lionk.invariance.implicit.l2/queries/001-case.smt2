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
 (let ((?x32 (* eps lam)))
 (let ((?x34 (+ 1.0 ?x32)))
 (let ((?x35 (* %aux1 ?x34)))
 (= 1.0 ?x35)))))
(assert
 (let ((?x45 (* lam lam)))
 (let ((?x44 (* |x[1]| |x[1]|)))
 (let ((?x46 (* ?x44 ?x45)))
 (<= ?x46 1.0)))))
(assert
 (let ((?x51 (* |s[1]| |s[1]|)))
 (<= ?x51 1.0)))
(assert
 (let ((?x54 (* lam |s[1]| |x[1]|)))
 (let (($x55 (<= ?x54 1.0)))
 (let ((?x51 (* |s[1]| |s[1]|)))
 (let (($x52 (<= ?x51 1.0)))
 (let ((?x45 (* lam lam)))
 (let ((?x44 (* |x[1]| |x[1]|)))
 (let ((?x46 (* ?x44 ?x45)))
 (let (($x47 (<= ?x46 1.0)))
 (let (($x53 (and $x47 $x52)))
 (=> $x53 $x55)))))))))))
(assert
 (let ((?x63 (* eps |s[1]|)))
 (let ((?x64 (+ |x[1]| ?x63)))
 (let ((?x65 (* ?x64 ?x64)))
 (let ((?x45 (* lam lam)))
 (let ((?x62 (* %aux1 %aux1)))
 (let ((?x66 (* ?x62 ?x45 ?x65)))
 (let (($x67 (<= ?x66 1.0)))
 (not $x67)))))))))
(check-sat)
