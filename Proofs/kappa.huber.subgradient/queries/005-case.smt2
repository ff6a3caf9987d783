; lionk case query: d=1 case 5/7: clip as min(max(·)), max = x[1], min = x[1], clip as min(max(·)), max = -1
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
 (<= |y[1]| (- 1.0)))
(assert
 (let ((?x44 (* (- 1.0) |y[1]|)))
 (let ((?x45 (+ (- (/ 1.0 2.0)) ?x44)))
 (let ((?x39 (* (- 1.0) |x[1]|)))
 (let ((?x40 (+ |y[1]| ?x39)))
 (let ((?x41 (* |x[1]| ?x40)))
 (let ((?x37 (* |x[1]| |x[1]|)))
 (let ((?x38 (* (/ 1.0 2.0) ?x37)))
 (let ((?x42 (+ ?x38 ?x41)))
 (let (($x46 (<= ?x42 ?x45)))
 (not $x46)))))))))))
(check-sat)
