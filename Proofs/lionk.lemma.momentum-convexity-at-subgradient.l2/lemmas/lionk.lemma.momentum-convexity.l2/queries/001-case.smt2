; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun %aux1 () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun %aux3 () Real)
(declare-fun %aux4 () Real)
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (= (/ 99.0 100.0) beta2))
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x20 (* (- 1.0) beta2)))
 (let ((?x21 (+ 1.0 ?x20)))
 (let ((?x22 (* (- 1.0) |g[1]| ?x21)))
 (let ((?x16 (* beta2 |m[1]|)))
 (let ((?x23 (+ ?x16 ?x22)))
 (let ((?x24 (* ?x23 ?x23)))
 (let ((?x14 (* %aux1 %aux1)))
 (= ?x14 ?x24)))))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x29 (* %aux2 %aux2)))
 (let ((?x28 (* |m[1]| |m[1]|)))
 (= ?x28 ?x29))))
(assert
 (let ((?x32 (* (- 1.0) beta1)))
 (let ((?x33 (+ 1.0 ?x32)))
 (let ((?x34 (* %aux3 ?x33)))
 (= 1.0 ?x34)))))
(assert
 (<= 0.0 %aux4))
(assert
 (let ((?x32 (* (- 1.0) beta1)))
 (let ((?x33 (+ 1.0 ?x32)))
 (let ((?x40 (* (- 1.0) |g[1]| ?x33)))
 (let ((?x39 (* beta1 |m[1]|)))
 (let ((?x41 (+ ?x39 ?x40)))
 (let ((?x42 (* ?x41 ?x41)))
 (let ((?x38 (* %aux4 %aux4)))
 (= ?x38 ?x42)))))))))
(assert
 (let ((?x32 (* (- 1.0) beta1)))
 (let ((?x44 (+ beta2 ?x32)))
 (let ((?x46 (* (- 1.0) %aux3 ?x44)))
 (let ((?x47 (+ 1.0 ?x46)))
 (let ((?x48 (* %aux4 ?x47)))
 (let ((?x45 (* %aux2 %aux3 ?x44)))
 (let ((?x49 (+ ?x45 ?x48)))
 (let (($x50 (<= %aux1 ?x49)))
 (not $x50))))))))))
(check-sat)
