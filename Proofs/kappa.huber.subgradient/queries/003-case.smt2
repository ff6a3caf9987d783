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
 (let ((?x35 (* (- 1.0) |y[1]|)))
 (let ((?x36 (+ (- (/ 1.0 2.0)) ?x35)))
 (let ((?x34 (+ (- (/ 1.0 2.0)) |y[1]|)))
 (let (($x37 (<= ?x34 ?x36)))
 (not $x37))))))
(check-sat)
