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
 (let ((?x13 (* |y[1]| |y[1]|)))
 (let ((?x14 (* (/ 1.0 2.0) ?x13)))
 (let ((?x11 (* (- 1.0) |x[1]|)))
 (let ((?x15 (+ (- (/ 1.0 2.0)) ?x11 ?x14)))
 (let ((?x9 (* |x[1]| |y[1]|)))
 (let (($x16 (<= ?x9 ?x15)))
 (not $x16))))))))
(check-sat)
