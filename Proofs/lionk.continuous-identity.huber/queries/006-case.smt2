; lionk case query: d=1 case 6/9: clip as min(max(·)), max = m[1] - eps*(alpha*g[1] + gamma*m[1]), clip as min(max(·)), max = m[1], min = 1, min = 1
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
 (< (- 1.0) ?x71)))))))
(assert
 (< (- 1.0) |m[1]|))
(assert
 (let ((?x68 (* gamma |m[1]|)))
 (let ((?x67 (* alpha |g[1]|)))
 (let ((?x69 (+ ?x67 ?x68)))
 (let ((?x70 (* (- 1.0) eps ?x69)))
 (let ((?x71 (+ |m[1]| ?x70)))
 (<= 1.0 ?x71)))))))
(assert
 (<= 1.0 |m[1]|))
(assert
 (let ((?x89 (* lam |x[1]|)))
 (let (($x91 (<= ?x89 1.0)))
 (let (($x90 (<= (- 1.0) ?x89)))
 (and $x90 $x91)))))
(assert
 (let ((?x93 (* eps gamma)))
 (<= ?x93 1.0)))
(assert
 (let ((?x104 (* (- 1.0) eps gamma)))
 (let ((?x105 (+ 1.0 ?x104)))
 (let ((?x115 (* %aux2 ?x105)))
 (let ((?x114 (* %aux3 gamma)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x99 (* (- 1.0) lam |x[1]|)))
 (let ((?x100 (+ 1.0 ?x99)))
 (let ((?x113 (* lam lam)))
 (let ((?x117 (* |x[1]| ?x113 ?x100 ?x116)))
 (let ((?x110 (* (- 1.0) lam |m[1]| ?x100)))
 (let ((?x107 (* (- 1.0) gamma |m[1]|)))
 (let ((?x106 (* (- 1.0) alpha |g[1]|)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (* (- 1.0) lam |x[1]| ?x108)))
 (let ((?x111 (+ ?x106 ?x107 ?x109 ?x110)))
 (let ((?x112 (* %aux2 ?x105 ?x111)))
 (let ((?x103 (* alpha |g[1]| ?x100)))
 (let ((?x118 (+ ?x103 ?x112 ?x117)))
 (let ((?x68 (* gamma |m[1]|)))
 (let ((?x67 (* alpha |g[1]|)))
 (let ((?x69 (+ ?x67 ?x68)))
 (let ((?x70 (* (- 1.0) eps ?x69)))
 (let ((?x101 (+ |m[1]| ?x99 ?x70)))
 (let ((?x98 (+ gamma lam)))
 (let ((?x102 (* (- 1.0) %aux2 ?x98 ?x100 ?x101)))
 (let (($x119 (= ?x102 ?x118)))
 (not $x119))))))))))))))))))))))))))))
(check-sat)
