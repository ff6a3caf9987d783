; lionk case query: d=1 case 8/8: -beta1*m[1] - g[1]*(1 - beta1) < 0, beta1*m[1] + g[1]*(1 - beta1) < 0
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
 (let (($x32 (<= beta2 1.0)))
 (let (($x30 (<= 0.0 beta2)))
 (and $x30 $x32))))
(assert
 (< 0.0 eps))
(assert
 (<= 0.0 lam))
(assert
 (let ((?x46 (* (- 1.0) beta1)))
 (let ((?x47 (+ 1.0 ?x46)))
 (let ((?x48 (* (- 1.0) |g[1]| ?x47)))
 (let ((?x44 (* (- 1.0) beta1 |m[1]|)))
 (let ((?x49 (+ ?x44 ?x48)))
 (< ?x49 0.0)))))))
(assert
 (let ((?x46 (* (- 1.0) beta1)))
 (let ((?x47 (+ 1.0 ?x46)))
 (let ((?x64 (* |g[1]| ?x47)))
 (let ((?x51 (* beta1 |m[1]|)))
 (let ((?x65 (+ ?x51 ?x64)))
 (< ?x65 0.0)))))))
(assert
 (let ((?x83 (* (- 1.0) lam |x[1]|)))
 (let ((?x84 (+ (- 1.0) ?x83)))
 (let ((?x85 (* eps ?x84)))
 (let ((?x86 (+ |x[1]| ?x85)))
 (let ((?x79 (* lam |x[1]|)))
 (let ((?x80 (+ (- 1.0) ?x79)))
 (let ((?x81 (* (- 1.0) eps ?x80)))
 (let ((?x82 (+ |x[1]| ?x81)))
 (let (($x87 (= ?x82 ?x86)))
 (not $x87)))))))))))
(check-sat)
