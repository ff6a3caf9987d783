; lionk case query: d=1 case 1/3: beta1*m[1] - g[1]*(1 - beta1) > 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun beta1 () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 eps))
(assert
 (< 0.0 lam))
(assert
 (let (($x13 (<= beta1 1.0)))
 (let (($x11 (<= 0.0 beta1)))
 (and $x11 $x13))))
(assert
 (let ((?x19 (* (- 1.0) beta1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let ((?x21 (* (- 1.0) |g[1]| ?x20)))
 (let ((?x16 (* beta1 |m[1]|)))
 (let ((?x22 (+ ?x16 ?x21)))
 (< 0.0 ?x22)))))))
(assert
 (let ((?x25 (* lam |x[1]|)))
 (let (($x27 (<= ?x25 1.0)))
 (let (($x26 (<= (- 1.0) ?x25)))
 (and $x26 $x27)))))
(assert
 (let ((?x29 (* eps lam)))
 (<= ?x29 1.0)))
(assert
 (let ((?x31 (* (- 1.0) lam |x[1]|)))
 (let ((?x32 (+ 1.0 ?x31)))
 (let ((?x33 (* eps ?x32)))
 (let ((?x34 (+ |x[1]| ?x33)))
 (let ((?x35 (* lam ?x34)))
 (let (($x37 (<= ?x35 1.0)))
 (let (($x36 (<= (- 1.0) ?x35)))
 (let (($x38 (and $x36 $x37)))
 (not $x38))))))))))
(check-sat)
