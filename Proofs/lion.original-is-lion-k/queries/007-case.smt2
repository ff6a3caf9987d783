; lionk case query: d=1 case 7/8: -beta1*m[1] - g[1]*(1 - beta1) < 0, beta1*m[1] + g[1]*(1 - beta1) = 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let (($x9 (<= beta1 1.0)))
 (let (($x7 (<= 0.0 beta1)))
 (and $x7 $x9))))
(assert
 (let (($x13 (<= beta2 1.0)))
 (let (($x12 (<= 0.0 beta2)))
 (and $x12 $x13))))
(assert
 (< 0.0 eps))
(assert
 (<= 0.0 lam))
(assert
 (let ((?x23 (* (- 1.0) beta1)))
 (let ((?x24 (+ 1.0 ?x23)))
 (let ((?x25 (* (- 1.0) |g[1]| ?x24)))
 (let ((?x21 (* (- 1.0) beta1 |m[1]|)))
 (let ((?x26 (+ ?x21 ?x25)))
 (< ?x26 0.0)))))))
(assert
 (let ((?x23 (* (- 1.0) beta1)))
 (let ((?x24 (+ 1.0 ?x23)))
 (let ((?x29 (* |g[1]| ?x24)))
 (let ((?x28 (* beta1 |m[1]|)))
 (let ((?x30 (+ ?x28 ?x29)))
 (= 0.0 ?x30)))))))
(assert
 (let ((?x35 (* (- 1.0) lam |x[1]|)))
 (let ((?x36 (+ (- 1.0) ?x35)))
 (let ((?x37 (* eps ?x36)))
 (let ((?x38 (+ |x[1]| ?x37)))
 (let ((?x33 (* (- 1.0) eps lam |x[1]|)))
 (let ((?x34 (+ |x[1]| ?x33)))
 (let (($x39 (= ?x34 ?x38)))
 (not $x39)))))))))
(check-sat)
