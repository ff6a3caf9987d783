; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |x[2]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |s[1]| () Real)
(declare-fun |s[2]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x31 (* |x[2]| |x[2]|)))
 (let ((?x29 (* |x[1]| |x[1]|)))
 (let ((?x32 (+ ?x29 ?x31)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x32))))))
(assert
 (let ((?x47 (* |s[1]| |x[1]|)))
 (let ((?x46 (* |s[2]| |x[2]|)))
 (let ((?x48 (+ ?x46 ?x47)))
 (let ((?x50 (* ?x48 ?x48)))
 (let ((?x31 (* |x[2]| |x[2]|)))
 (let ((?x29 (* |x[1]| |x[1]|)))
 (let ((?x32 (+ ?x29 ?x31)))
 (let (($x51 (= ?x32 ?x50)))
 (let (($x49 (<= 0.0 ?x48)))
 (let ((?x42 (* |s[2]| |s[2]|)))
 (let ((?x40 (* |s[1]| |s[1]|)))
 (let ((?x43 (+ ?x40 ?x42)))
 (let (($x45 (<= ?x43 1.0)))
 (and $x45 $x49 $x51)))))))))))))))
(assert
 (let ((?x47 (* |s[1]| |x[1]|)))
 (let ((?x46 (* |s[2]| |x[2]|)))
 (let ((?x48 (+ ?x46 ?x47)))
 (let (($x74 (= %aux1 ?x48)))
 (not $x74))))))
(check-sat)
