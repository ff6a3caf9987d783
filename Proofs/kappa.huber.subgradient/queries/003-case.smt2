; lionk case query: d=1 case 3/7: clip as min(max(·)), max = x[1], min = 1, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (<= 1.0 |x[1]|))
(assert
 (<= |y[1]| (- 1.0)))
(assert
 (let ((?x14 (* (- 1.0) |y[1]|)))
 (let ((?x15 (+ (- (/ 1.0 2.0)) ?x14)))
 (let ((?x13 (+ (- (/ 1.0 2.0)) |y[1]|)))
 (let (($x16 (<= ?x13 ?x15)))
 (not $x16))))))
(check-sat)
