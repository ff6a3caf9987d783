; lionk case query: d=1 case 2/9: clip as min(max(·)), max = -1, clip as min(max(·)), max = m[1], min = 1
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
 (< (- 1.0) |m[1]|))
(assert
 (<= 1.0 |m[1]|))
(assert
 (let ((?x86 (* lam |x[1]|)))
 (let (($x88 (<= ?x86 1.0)))
 (let (($x87 (<= (- 1.0) ?x86)))
 (and $x87 $x88)))))
(assert
 (let ((?x90 (* eps gamma)))
 (<= ?x90 1.0)))
(assert
 (let ((?x100 (* (- 1.0) lam |x[1]|)))
 (let ((?x101 (+ (- 1.0) ?x100)))
 (let ((?x115 (* (- 1.0) lam |m[1]| ?x101)))
 (let ((?x112 (* (- 1.0) gamma |m[1]|)))
 (let ((?x111 (* (- 1.0) alpha |g[1]|)))
 (let ((?x113 (+ ?x111 ?x112)))
 (let ((?x114 (* (- 1.0) lam |x[1]| ?x113)))
 (let ((?x116 (+ ?x111 ?x112 ?x114 ?x115)))
 (let ((?x96 (* (- 1.0) eps gamma)))
 (let ((?x97 (+ 1.0 ?x96)))
 (let ((?x117 (* %aux2 ?x97 ?x116)))
 (let ((?x108 (* %aux2 ?x97)))
 (let ((?x107 (* %aux3 gamma)))
 (let ((?x109 (+ ?x107 ?x108)))
 (let ((?x106 (* lam lam)))
 (let ((?x110 (* |x[1]| ?x106 ?x101 ?x109)))
 (let ((?x105 (* alpha |g[1]| ?x101)))
 (let ((?x118 (+ ?x105 ?x110 ?x117)))
 (let ((?x68 (* gamma |m[1]|)))
 (let ((?x67 (* alpha |g[1]|)))
 (let ((?x69 (+ ?x67 ?x68)))
 (let ((?x70 (* (- 1.0) eps ?x69)))
 (let ((?x102 (+ |m[1]| ?x100 ?x70)))
 (let ((?x99 (+ gamma lam)))
 (let ((?x103 (* (- 1.0) %aux2 ?x99 ?x101 ?x102)))
 (let ((?x98 (* (- 2.0) %aux1 %aux2 eps ?x69 ?x97)))
 (let ((?x104 (+ ?x98 ?x103)))
 (let (($x119 (= ?x104 ?x118)))
 (not $x119))))))))))))))))))))))))))))))
(check-sat)
