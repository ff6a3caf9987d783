; lionk case query: d=1 case 1/3: beta1*m[1] - g[1]*(1 - beta1) > 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun beta1 () Real)
(declare-fun %aux1 () Real)
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
 (let ((?x16 (* eps lam)))
 (let ((?x17 (+ 1.0 ?x16)))
 (let ((?x18 (* %aux1 ?x17)))
 (= 1.0 ?x18)))))
(assert
 (let ((?x24 (* (- 1.0) beta1)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let ((?x26 (* (- 1.0) |g[1]| ?x25)))
 (let ((?x21 (* beta1 |m[1]|)))
 (let ((?x27 (+ ?x21 ?x26)))
 (< 0.0 ?x27)))))))
(assert
 (let ((?x30 (* lam |x[1]|)))
 (let (($x32 (<= ?x30 1.0)))
 (let (($x31 (<= 0.0 ?x30)))
 (and $x31 $x32)))))
(assert
 (let ((?x34 (+ eps |x[1]|)))
 (let ((?x35 (* %aux1 lam ?x34)))
 (let (($x37 (<= ?x35 1.0)))
 (let (($x36 (<= 0.0 ?x35)))
 (let (($x38 (and $x36 $x37)))
 (not $x38)))))))
(check-sat)
