; lionk case query: d=1 case 1/3: clip as min(max(·)), max = -1
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
 (<= ?x56 (- 1.0))))))))
(assert
 (let ((?x66 (* lam |x[1]|)))
 (let (($x68 (<= ?x66 1.0)))
 (let (($x67 (<= (- 1.0) ?x66)))
 (and $x67 $x68)))))
(assert
 (let ((?x70 (* (- 1.0) eps)))
 (let ((?x72 (+ |x[1]| ?x70)))
 (let ((?x73 (* %aux1 lam ?x72)))
 (let (($x75 (<= ?x73 1.0)))
 (let (($x74 (<= (- 1.0) ?x73)))
 (let (($x76 (and $x74 $x75)))
 (not $x76))))))))
(check-sat)
