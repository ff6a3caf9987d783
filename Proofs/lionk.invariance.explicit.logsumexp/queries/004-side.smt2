; lionk side query: side: %absexp1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun beta1 () Real)
(declare-fun %absexp1 () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(assert
 (= (/ 1.0 100.0) eps))
(assert
 (= (/ 1.0 10.0) lam))
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x22 (* (- 1.0) beta1)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x24 (* (- 1.0) |g[1]| ?x23)))
 (let ((?x19 (* beta1 |m[1]|)))
 (let ((?x25 (+ 1.0 ?x19 ?x24)))
 (<= ?x25 %absexp1)))))))
(assert
 (let ((?x22 (* (- 1.0) beta1)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x28 (* |g[1]| ?x23)))
 (let ((?x27 (* (- 1.0) beta1 |m[1]|)))
 (let ((?x29 (+ 1.0 ?x27 ?x28)))
 (let ((?x30 (* %absexp1 ?x29)))
 (<= ?x30 1.0))))))))
(assert
 (let (($x34 (< %absexp1 1.0)))
 (let ((?x22 (* (- 1.0) beta1)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x24 (* (- 1.0) |g[1]| ?x23)))
 (let ((?x19 (* beta1 |m[1]|)))
 (let ((?x32 (+ ?x19 ?x24)))
 (let (($x33 (< ?x32 0.0)))
 (=> $x33 $x34)))))))))
(assert
 (let (($x37 (= 1.0 %absexp1)))
 (let ((?x22 (* (- 1.0) beta1)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x24 (* (- 1.0) |g[1]| ?x23)))
 (let ((?x19 (* beta1 |m[1]|)))
 (let ((?x32 (+ ?x19 ?x24)))
 (let (($x36 (= 0.0 ?x32)))
 (=> $x36 $x37)))))))))
(assert
 (let (($x40 (< 1.0 %absexp1)))
 (let ((?x22 (* (- 1.0) beta1)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x24 (* (- 1.0) |g[1]| ?x23)))
 (let ((?x19 (* beta1 |m[1]|)))
 (let ((?x32 (+ ?x19 ?x24)))
 (let (($x39 (< 0.0 ?x32)))
 (=> $x39 $x40)))))))))
(assert
 (= 0.0 %absexp1))
(check-sat)
