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
 (let ((?x35 (* |y[1]| |y[1]|)))
 (let ((?x36 (* (/ 1.0 2.0) ?x35)))
 (let ((?x37 (+ (- (/ 1.0 2.0)) |x[1]| ?x36)))
 (let ((?x32 (* |x[1]| |y[1]|)))
 (let (($x38 (<= ?x32 ?x37)))
 (not $x38)))))))
(check-sat)
