; lionk case query: d=1 case 3/3: beta1*m[1] - g[1]*(1 - beta1) < 0
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
 (< ?x56 0.0)))))))
(assert
 (let ((?x69 (* lam |x[1]|)))
 (let (($x71 (<= ?x69 1.0)))
 (let (($x70 (<= (- 1.0) ?x69)))
 (and $x70 $x71)))))
(assert
 (let ((?x73 (* (- 1.0) eps)))
 (let ((?x75 (+ |x[1]| ?x73)))
 (let ((?x76 (* %aux1 lam ?x75)))
 (let (($x78 (<= ?x76 1.0)))
 (let (($x77 (<= (- 1.0) ?x76)))
 (let (($x79 (and $x77 $x78)))
 (not $x79))))))))
(check-sat)
