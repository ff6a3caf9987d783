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
 (let ((?x36 (+ (- (/ 1.0 2.0)) |y[1]|)))
 (let ((?x34 (* (- 1.0) |y[1]|)))
 (let ((?x35 (+ (- (/ 1.0 2.0)) ?x34)))
 (let (($x37 (<= ?x35 ?x36)))
 (not $x37))))))
(check-sat)
