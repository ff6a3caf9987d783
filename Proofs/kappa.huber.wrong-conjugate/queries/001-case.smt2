; lionk case query: d=1 case 1/3: clip as min(max(·)), max = -1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= |x[1]| (- 1.0)))
(assert
 true)
(assert
 (let ((?x31 (* |y[1]| |y[1]|)))
 (let ((?x32 (* (/ 1.0 2.0) ?x31)))
 (let ((?x29 (* (- 1.0) |x[1]|)))
 (let ((?x33 (+ (- (/ 1.0 2.0)) ?x29 ?x32)))
 (let ((?x27 (* |x[1]| |y[1]|)))
 (let (($x34 (<= ?x27 ?x33)))
 (not $x34))))))))
(check-sat)
