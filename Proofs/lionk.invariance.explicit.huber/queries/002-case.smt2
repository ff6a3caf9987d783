; lionk case query: d=1 case 2/3: clip as min(max(·)), max = beta1*m[1] - g[1]*(1 - beta1), min = 1
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
 (let ((?x17 (* beta1 |m[1]|)))
 (let ((?x22 (+ ?x17 ?x21)))
 (< (- 1.0) ?x22)))))))
(assert
 (let ((?x19 (* (- 1.0) beta1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let ((?x21 (* (- 1.0) |g[1]| ?x20)))
 (let ((?x17 (* beta1 |m[1]|)))
 (let ((?x22 (+ ?x17 ?x21)))
 (<= 1.0 ?x22)))))))
(assert
 (let ((?x26 (* lam |x[1]|)))
 (let (($x28 (<= ?x26 1.0)))
 (let (($x27 (<= (- 1.0) ?x26)))
 (and $x27 $x28)))))
(assert
 (let ((?x30 (* eps lam)))
 (<= ?x30 1.0)))
(assert
 (let ((?x32 (* (- 1.0) lam |x[1]|)))
 (let ((?x33 (+ 1.0 ?x32)))
 (let ((?x34 (* eps ?x33)))
 (let ((?x35 (+ |x[1]| ?x34)))
 (let ((?x36 (* lam ?x35)))
 (let (($x38 (<= ?x36 1.0)))
 (let (($x37 (<= (- 1.0) ?x36)))
 (let (($x39 (and $x37 $x38)))
 (not $x39))))))))))
(check-sat)
