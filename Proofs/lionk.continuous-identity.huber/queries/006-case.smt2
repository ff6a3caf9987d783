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
 (< (- 1.0) ?x33)))))))
(assert
 (< (- 1.0) |m[1]|))
(assert
 (let ((?x30 (* gamma |m[1]|)))
 (let ((?x29 (* alpha |g[1]|)))
 (let ((?x31 (+ ?x29 ?x30)))
 (let ((?x32 (* (- 1.0) eps ?x31)))
 (let ((?x33 (+ |m[1]| ?x32)))
 (<= 1.0 ?x33)))))))
(assert
 (<= 1.0 |m[1]|))
(assert
 (let ((?x39 (* lam |x[1]|)))
 (let (($x41 (<= ?x39 1.0)))
 (let (($x40 (<= (- 1.0) ?x39)))
 (and $x40 $x41)))))
(assert
 (let ((?x43 (* eps gamma)))
 (<= ?x43 1.0)))
(assert
 (let ((?x51 (* (- 1.0) eps gamma)))
 (let ((?x52 (+ 1.0 ?x51)))
 (let ((?x62 (* %aux2 ?x52)))
 (let ((?x61 (* %aux3 gamma)))
 (let ((?x63 (+ ?x61 ?x62)))
 (let ((?x46 (* (- 1.0) lam |x[1]|)))
 (let ((?x47 (+ 1.0 ?x46)))
 (let ((?x60 (* lam lam)))
 (let ((?x64 (* |x[1]| ?x60 ?x47 ?x63)))
 (let ((?x57 (* (- 1.0) lam |m[1]| ?x47)))
 (let ((?x54 (* (- 1.0) gamma |m[1]|)))
 (let ((?x53 (* (- 1.0) alpha |g[1]|)))
 (let ((?x55 (+ ?x53 ?x54)))
 (let ((?x56 (* (- 1.0) lam |x[1]| ?x55)))
 (let ((?x58 (+ ?x53 ?x54 ?x56 ?x57)))
 (let ((?x59 (* %aux2 ?x52 ?x58)))
 (let ((?x50 (* alpha |g[1]| ?x47)))
 (let ((?x65 (+ ?x50 ?x59 ?x64)))
 (let ((?x30 (* gamma |m[1]|)))
 (let ((?x29 (* alpha |g[1]|)))
 (let ((?x31 (+ ?x29 ?x30)))
 (let ((?x32 (* (- 1.0) eps ?x31)))
 (let ((?x48 (+ |m[1]| ?x46 ?x32)))
 (let ((?x45 (+ gamma lam)))
 (let ((?x49 (* (- 1.0) %aux2 ?x45 ?x47 ?x48)))
 (let (($x66 (= ?x49 ?x65)))
 (not $x66))))))))))))))))))))))))))))
(check-sat)
