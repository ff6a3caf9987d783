; lionk case query: d=1 case 1/9: clip as min(max(·)), max = -1, clip as min(max(·)), max = -1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
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
 (let ((?x110 (* (- 1.0) lam |m[1]| ?x93)))
 (let ((?x107 (* (- 1.0) gamma |m[1]|)))
 (let ((?x106 (* (- 1.0) alpha |g[1]|)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (* (- 1.0) lam |x[1]| ?x108)))
 (let ((?x68 (* gamma |m[1]|)))
 (let ((?x67 (* alpha |g[1]|)))
 (let ((?x111 (+ ?x67 ?x68 ?x109 ?x110)))
 (let ((?x101 (* (- 2.0) eps gamma)))
 (let ((?x102 (+ 2.0 ?x101)))
 (let ((?x112 (* %aux2 ?x102 ?x111)))
 (let ((?x103 (* %aux2 ?x102)))
 (let ((?x98 (* %aux3 gamma)))
 (let ((?x104 (+ ?x98 ?x103)))
 (let ((?x97 (* lam lam)))
 (let ((?x105 (* |x[1]| ?x97 ?x93 ?x104)))
 (let ((?x96 (* alpha |g[1]| ?x93)))
 (let ((?x113 (+ ?x96 ?x105 ?x112)))
 (let ((?x69 (+ ?x67 ?x68)))
 (let ((?x70 (* (- 1.0) eps ?x69)))
 (let ((?x94 (+ |m[1]| ?x92 ?x70)))
 (let ((?x91 (+ gamma lam)))
 (let ((?x95 (* (- 1.0) %aux2 ?x91 ?x93 ?x94)))
 (let (($x114 (= ?x95 ?x113)))
 (not $x114))))))))))))))))))))))))))))
(check-sat)
