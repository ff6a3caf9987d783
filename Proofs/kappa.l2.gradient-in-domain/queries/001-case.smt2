; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |s[1]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x6 (* |s[1]| |s[1]|)))
 (let ((?x13 (* |x[1]| |x[1]|)))
 (let ((?x14 (* ?x13 ?x6)))
 (let (($x15 (= ?x13 ?x14)))
 (let ((?x11 (* |s[1]| |x[1]|)))
 (let (($x12 (<= 0.0 ?x11)))
 (let (($x8 (<= ?x6 1.0)))
 (and $x8 $x12 $x15)))))))))
(assert
 (let ((?x6 (* |s[1]| |s[1]|)))
 (let (($x8 (<= ?x6 1.0)))
 (not $x8))))
(check-sat)
