; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |s[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x10 (* %aux1 %aux1)))
 (let ((?x9 (* |x[1]| |x[1]|)))
 (= ?x9 ?x10))))
(assert
 (let ((?x13 (* |s[1]| |s[1]|)))
 (let ((?x9 (* |x[1]| |x[1]|)))
 (let ((?x18 (* ?x9 ?x13)))
 (let (($x19 (= ?x9 ?x18)))
 (let ((?x16 (* |s[1]| |x[1]|)))
 (let (($x17 (<= 0.0 ?x16)))
 (let (($x15 (<= ?x13 1.0)))
 (and $x15 $x17 $x19)))))))))
(assert
 (let ((?x16 (* |s[1]| |x[1]|)))
 (let (($x21 (= %aux1 ?x16)))
 (not $x21))))
(check-sat)
