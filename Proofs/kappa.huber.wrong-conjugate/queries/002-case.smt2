; lionk case query: d=1 case 2/3: clip as min(max(·)), max = x[1], min = 1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (<= 1.0 |x[1]|))
(assert
 true)
(assert
 (let ((?x14 (* |y[1]| |y[1]|)))
 (let ((?x15 (* (/ 1.0 2.0) ?x14)))
 (let ((?x16 (+ (- (/ 1.0 2.0)) |x[1]| ?x15)))
 (let ((?x11 (* |x[1]| |y[1]|)))
 (let (($x17 (<= ?x11 ?x16)))
 (not $x17)))))))
(check-sat)
