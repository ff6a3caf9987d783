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
 (let ((?x12 (* |x[2]| |x[2]|)))
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x13 (+ ?x10 ?x12)))
 (let ((?x8 (* %aux1 %aux1)))
 (= ?x8 ?x13))))))
(assert
 (let ((?x23 (* |s[1]| |x[1]|)))
 (let ((?x22 (* |s[2]| |x[2]|)))
 (let ((?x24 (+ ?x22 ?x23)))
 (let ((?x26 (* ?x24 ?x24)))
 (let ((?x12 (* |x[2]| |x[2]|)))
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x13 (+ ?x10 ?x12)))
 (let (($x27 (= ?x13 ?x26)))
 (let (($x25 (<= 0.0 ?x24)))
 (let ((?x18 (* |s[2]| |s[2]|)))
 (let ((?x16 (* |s[1]| |s[1]|)))
 (let ((?x19 (+ ?x16 ?x18)))
 (let (($x21 (<= ?x19 1.0)))
 (and $x21 $x25 $x27)))))))))))))))
(assert
 (let ((?x23 (* |s[1]| |x[1]|)))
 (let ((?x22 (* |s[2]| |x[2]|)))
 (let ((?x24 (+ ?x22 ?x23)))
 (let (($x29 (= %aux1 ?x24)))
 (not $x29))))))
(check-sat)
