; lionk case query: d=1 case 2/3: beta1*m[1] - g[1]*(1 - beta1) = 0
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
 (let (($x35 (<= beta1 1.0)))
 (let (($x33 (<= 0.0 beta1)))
 (and $x33 $x35))))
(assert
 (let ((?x42 (* (- 1.0) beta1)))
 (let ((?x43 (+ 1.0 ?x42)))
 (let ((?x44 (* (- 1.0) |g[1]| ?x43)))
 (let ((?x38 (* beta1 |m[1]|)))
 (let ((?x45 (+ ?x38 ?x44)))
 (= 0.0 ?x45)))))))
(assert
 (let ((?x55 (* lam |x[1]|)))
 (let (($x57 (<= ?x55 1.0)))
 (let (($x56 (<= 0.0 ?x55)))
 (and $x56 $x57)))))
(assert
 (let ((?x59 (* eps lam)))
 (<= ?x59 1.0)))
(assert
 (let ((?x62 (* (- 1.0) eps lam |x[1]|)))
 (let ((?x63 (+ |x[1]| ?x62)))
 (let ((?x64 (* lam ?x63)))
 (let (($x66 (<= ?x64 1.0)))
 (let (($x65 (<= 0.0 ?x64)))
 (let (($x67 (and $x65 $x66)))
 (not $x67))))))))
(check-sat)
