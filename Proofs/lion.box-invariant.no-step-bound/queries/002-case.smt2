; lionk case query: d=1 case 2/3: beta1*m[1] - g[1]*(1 - beta1) = 0
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
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
 (let (($x56 (<= (- 1.0) ?x55)))
 (and $x56 $x57)))))
(assert
 (let ((?x59 (* (- 1.0) eps lam |x[1]|)))
 (let ((?x61 (+ |x[1]| ?x59)))
 (let ((?x62 (* lam ?x61)))
 (let (($x64 (<= ?x62 1.0)))
 (let (($x63 (<= (- 1.0) ?x62)))
 (let (($x65 (and $x63 $x64)))
 (not $x65))))))))
(check-sat)
