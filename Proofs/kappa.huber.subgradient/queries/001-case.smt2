; lionk case query: d=1 case 1/7: clip as min(max(·)), max = -1, clip as min(max(·)), max = y[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= |x[1]| (- 1.0)))
(assert
 (< (- 1.0) |y[1]|))
(assert
 (<= 1.0 |y[1]|))
(assert
 (let ((?x15 (+ (- (/ 1.0 2.0)) |y[1]|)))
 (let ((?x13 (* (- 1.0) |y[1]|)))
 (let ((?x14 (+ (- (/ 1.0 2.0)) ?x13)))
 (let (($x16 (<= ?x14 ?x15)))
 (not $x16))))))
(check-sat)
