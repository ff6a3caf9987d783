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
 (let ((?x29 (* %aux1 %aux1)))
 (let ((?x27 (* |x[1]| |x[1]|)))
 (= ?x27 ?x29))))
(assert
 (let ((?x36 (* |s[1]| |s[1]|)))
 (let ((?x27 (* |x[1]| |x[1]|)))
 (let ((?x41 (* ?x27 ?x36)))
 (let (($x42 (= ?x27 ?x41)))
 (let ((?x39 (* |s[1]| |x[1]|)))
 (let (($x40 (<= 0.0 ?x39)))
 (let (($x38 (<= ?x36 1.0)))
 (and $x38 $x40 $x42)))))))))
(assert
 (let ((?x39 (* |s[1]| |x[1]|)))
 (let (($x50 (= %aux1 ?x39)))
 (not $x50))))
(check-sat)
