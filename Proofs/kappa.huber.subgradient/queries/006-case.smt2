; lionk case query: d=1 case 6/7: clip as min(max(·)), max = x[1], min = x[1], clip as min(max(·)), max = y[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (< |x[1]| 1.0))
(assert
 (< (- 1.0) |y[1]|))
(assert
 (<= 1.0 |y[1]|))
(assert
 (let ((?x48 (+ (- (/ 1.0 2.0)) |y[1]|)))
 (let ((?x43 (* (- 1.0) |x[1]|)))
 (let ((?x44 (+ |y[1]| ?x43)))
 (let ((?x45 (* |x[1]| ?x44)))
 (let ((?x41 (* |x[1]| |x[1]|)))
 (let ((?x42 (* (/ 1.0 2.0) ?x41)))
 (let ((?x46 (+ ?x42 ?x45)))
 (let (($x49 (<= ?x46 ?x48)))
 (not $x49))))))))))
(check-sat)
