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
 (let ((?x16 (* %aux1 eps)))
 (= 1.0 ?x16)))
(assert
 (let ((?x19 (* eps lam)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let ((?x21 (* %aux2 ?x20)))
 (= 1.0 ?x21)))))
(assert
 (let ((?x24 (* %aux3 lam)))
 (= 1.0 ?x24)))
(assert
 (let ((?x30 (* gamma |m[1]|)))
 (let ((?x29 (* alpha |g[1]|)))
 (let ((?x31 (+ ?x29 ?x30)))
 (let ((?x32 (* (- 1.0) eps ?x31)))
 (let ((?x33 (+ |m[1]| ?x32)))
 (<= ?x33 (- 1.0))))))))
(assert
 (< (- 1.0) |m[1]|))
(assert
 (<= 1.0 |m[1]|))
(assert
 (let ((?x38 (* lam |x[1]|)))
 (let (($x40 (<= ?x38 1.0)))
 (let (($x39 (<= (- 1.0) ?x38)))
 (and $x39 $x40)))))
(assert
 (let ((?x42 (* eps gamma)))
 (<= ?x42 1.0)))
(assert
 (let ((?x49 (* (- 1.0) lam |x[1]|)))
 (let ((?x50 (+ (- 1.0) ?x49)))
 (let ((?x64 (* (- 1.0) lam |m[1]| ?x50)))
 (let ((?x61 (* (- 1.0) gamma |m[1]|)))
 (let ((?x60 (* (- 1.0) alpha |g[1]|)))
 (let ((?x62 (+ ?x60 ?x61)))
 (let ((?x63 (* (- 1.0) lam |x[1]| ?x62)))
 (let ((?x65 (+ ?x60 ?x61 ?x63 ?x64)))
 (let ((?x45 (* (- 1.0) eps gamma)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x66 (* %aux2 ?x46 ?x65)))
 (let ((?x57 (* %aux2 ?x46)))
 (let ((?x56 (* %aux3 gamma)))
 (let ((?x58 (+ ?x56 ?x57)))
 (let ((?x55 (* lam lam)))
 (let ((?x59 (* |x[1]| ?x55 ?x50 ?x58)))
 (let ((?x54 (* alpha |g[1]| ?x50)))
 (let ((?x67 (+ ?x54 ?x59 ?x66)))
 (let ((?x30 (* gamma |m[1]|)))
 (let ((?x29 (* alpha |g[1]|)))
 (let ((?x31 (+ ?x29 ?x30)))
 (let ((?x32 (* (- 1.0) eps ?x31)))
 (let ((?x51 (+ |m[1]| ?x49 ?x32)))
 (let ((?x48 (+ gamma lam)))
 (let ((?x52 (* (- 1.0) %aux2 ?x48 ?x50 ?x51)))
 (let ((?x47 (* (- 2.0) %aux1 %aux2 eps ?x31 ?x46)))
 (let ((?x53 (+ ?x47 ?x52)))
 (let (($x68 (= ?x53 ?x67)))
 (not $x68))))))))))))))))))))))))))))))
(check-sat)
