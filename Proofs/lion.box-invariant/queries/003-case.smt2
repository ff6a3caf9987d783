; lionk case query: d=1 case 3/3: beta1*m[1] - g[1]*(1 - beta1) < 0
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
 (< ?x45 0.0)))))))
(assert
 (let ((?x58 (* lam |x[1]|)))
 (let (($x60 (<= ?x58 1.0)))
 (let (($x59 (<= (- 1.0) ?x58)))
 (and $x59 $x60)))))
(assert
 (let ((?x62 (* eps lam)))
 (<= ?x62 1.0)))
(assert
 (let ((?x65 (* (- 1.0) lam |x[1]|)))
 (let ((?x66 (+ (- 1.0) ?x65)))
 (let ((?x67 (* eps ?x66)))
 (let ((?x68 (+ |x[1]| ?x67)))
 (let ((?x69 (* lam ?x68)))
 (let (($x71 (<= ?x69 1.0)))
 (let (($x70 (<= (- 1.0) ?x69)))
 (let (($x72 (and $x70 $x71)))
 (not $x72))))))))))
(check-sat)
