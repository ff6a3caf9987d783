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
 (<= |m[1]| (- 1.0)))
(assert
 (let ((?x37 (* lam |x[1]|)))
 (let (($x39 (<= ?x37 1.0)))
 (let (($x38 (<= (- 1.0) ?x37)))
 (and $x38 $x39)))))
(assert
 (let ((?x41 (* eps gamma)))
 (<= ?x41 1.0)))
(assert
 (let ((?x44 (* (- 1.0) lam |x[1]|)))
 (let ((?x45 (+ (- 1.0) ?x44)))
 (let ((?x62 (* (- 1.0) lam |m[1]| ?x45)))
 (let ((?x59 (* (- 1.0) gamma |m[1]|)))
 (let ((?x58 (* (- 1.0) alpha |g[1]|)))
 (let ((?x60 (+ ?x58 ?x59)))
 (let ((?x61 (* (- 1.0) lam |x[1]| ?x60)))
 (let ((?x30 (* gamma |m[1]|)))
 (let ((?x29 (* alpha |g[1]|)))
 (let ((?x63 (+ ?x29 ?x30 ?x61 ?x62)))
 (let ((?x53 (* (- 2.0) eps gamma)))
 (let ((?x54 (+ 2.0 ?x53)))
 (let ((?x64 (* %aux2 ?x54 ?x63)))
 (let ((?x55 (* %aux2 ?x54)))
 (let ((?x50 (* %aux3 gamma)))
 (let ((?x56 (+ ?x50 ?x55)))
 (let ((?x49 (* lam lam)))
 (let ((?x57 (* |x[1]| ?x49 ?x45 ?x56)))
 (let ((?x48 (* alpha |g[1]| ?x45)))
 (let ((?x65 (+ ?x48 ?x57 ?x64)))
 (let ((?x31 (+ ?x29 ?x30)))
 (let ((?x32 (* (- 1.0) eps ?x31)))
 (let ((?x46 (+ |m[1]| ?x44 ?x32)))
 (let ((?x43 (+ gamma lam)))
 (let ((?x47 (* (- 1.0) %aux2 ?x43 ?x45 ?x46)))
 (let (($x66 (= ?x47 ?x65)))
 (not $x66))))))))))))))))))))))))))))
(check-sat)
