; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |y[1]| () Real)
(declare-fun |s[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x10 (* %aux1 %aux1)))
 (let ((?x9 (* |x[1]| |x[1]|)))
 (= ?x9 ?x10))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x16 (* %aux2 %aux2)))
 (let ((?x15 (* |y[1]| |y[1]|)))
 (= ?x15 ?x16))))
(assert
 (let ((?x19 (* |s[1]| |s[1]|)))
 (let ((?x9 (* |x[1]| |x[1]|)))
 (let ((?x24 (* ?x9 ?x19)))
 (let (($x25 (= ?x9 ?x24)))
 (let ((?x22 (* |s[1]| |x[1]|)))
 (let (($x23 (<= 0.0 ?x22)))
 (let (($x21 (<= ?x19 1.0)))
 (and $x21 $x23 $x25)))))))))
(assert
 (let ((?x28 (* (- 1.0) |x[1]|)))
 (let ((?x29 (+ |y[1]| ?x28)))
 (let ((?x30 (* |s[1]| ?x29)))
 (let ((?x31 (+ %aux1 ?x30)))
 (let (($x32 (<= ?x31 %aux2)))
 (not $x32)))))))
(check-sat)
