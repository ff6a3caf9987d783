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
 (let (($x35 (<= beta1 1.0)))
 (let (($x33 (<= 0.0 beta1)))
 (and $x33 $x35))))
(assert
 (let ((?x38 (* eps lam)))
 (let ((?x40 (+ 1.0 ?x38)))
 (let ((?x41 (* %aux1 ?x40)))
 (= 1.0 ?x41)))))
(assert
 (let ((?x53 (* (- 1.0) beta1)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (* (- 1.0) |g[1]| ?x54)))
 (let ((?x50 (* beta1 |m[1]|)))
 (let ((?x56 (+ ?x50 ?x55)))
 (< 0.0 ?x56)))))))
(assert
 (let ((?x67 (* lam |x[1]|)))
 (let (($x69 (<= ?x67 1.0)))
 (let (($x68 (<= 0.0 ?x67)))
 (and $x68 $x69)))))
(assert
 (let ((?x71 (+ eps |x[1]|)))
 (let ((?x73 (* %aux1 lam ?x71)))
 (let (($x75 (<= ?x73 1.0)))
 (let (($x74 (<= 0.0 ?x73)))
 (let (($x76 (and $x74 $x75)))
 (not $x76)))))))
(check-sat)
