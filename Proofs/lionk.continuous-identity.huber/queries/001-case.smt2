; lionk case query: d=1 case 1/9: clip as min(max(·)), max = -1, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun alpha () Real)
(declare-fun gamma () Real)
(declare-fun lam () Real)
(declare-fun eps () Real)
(declare-fun %aux1 () Real)
(declare-fun %aux2 () Real)
(declare-fun %aux3 () Real)
(declare-fun |m[1]| () Real)
(declare-fun |g[1]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 alpha))
(assert
 (< 0.0 gamma))
(assert
 (< 0.0 lam))
(assert
 (< 0.0 eps))
(assert
 (let ((?x42 (* %aux1 eps)))
 (= 1.0 ?x42)))
(assert
 (let ((?x46 (* eps lam)))
 (let ((?x48 (+ 1.0 ?x46)))
 (let ((?x49 (* %aux2 ?x48)))
 (= 1.0 ?x49)))))
(assert
 (let ((?x60 (* %aux3 lam)))
 (= 1.0 ?x60)))
(assert
 (let ((?x68 (* gamma |m[1]|)))
 (let ((?x67 (* alpha |g[1]|)))
 (let ((?x69 (+ ?x67 ?x68)))
 (let ((?x70 (* (- 1.0) eps ?x69)))
 (let ((?x71 (+ |m[1]| ?x70)))
 (<= ?x71 (- 1.0))))))))
(assert
 (<= |m[1]| (- 1.0)))
(assert
 (let ((?x82 (* lam |x[1]|)))
 (let (($x84 (<= ?x82 1.0)))
 (let (($x83 (<= (- 1.0) ?x82)))
 (and $x83 $x84)))))
(assert
 (let ((?x86 (* eps gamma)))
 (<= ?x86 1.0)))
(assert
 (let ((?x92 (* (- 1.0) lam |x[1]|)))
 (let ((?x93 (+ (- 1.0) ?x92)))
 (let ((?x108 (* (- 1.0) lam |m[1]| ?x93)))
 (let ((?x105 (* (- 1.0) gamma |m[1]|)))
 (let ((?x104 (* (- 1.0) alpha |g[1]|)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (* (- 1.0) lam |x[1]| ?x106)))
 (let ((?x68 (* gamma |m[1]|)))
 (let ((?x67 (* alpha |g[1]|)))
 (let ((?x109 (+ ?x67 ?x68 ?x107 ?x108)))
 (let ((?x99 (* (- 1.0) eps gamma)))
 (let ((?x100 (+ 1.0 ?x99)))
 (let ((?x110 (* %aux2 ?x100 ?x109)))
 (let ((?x101 (* %aux2 ?x100)))
 (let ((?x98 (* %aux3 gamma)))
 (let ((?x102 (+ ?x98 ?x101)))
 (let ((?x97 (* lam lam)))
 (let ((?x103 (* |x[1]| ?x97 ?x93 ?x102)))
 (let ((?x96 (* alpha |g[1]| ?x93)))
 (let ((?x111 (+ ?x96 ?x103 ?x110)))
 (let ((?x69 (+ ?x67 ?x68)))
 (let ((?x70 (* (- 1.0) eps ?x69)))
 (let ((?x94 (+ |m[1]| ?x92 ?x70)))
 (let ((?x91 (+ gamma lam)))
 (let ((?x95 (* (- 1.0) %aux2 ?x91 ?x93 ?x94)))
 (let (($x112 (= ?x95 ?x111)))
 (not $x112))))))))))))))))))))))))))))
(check-sat)
