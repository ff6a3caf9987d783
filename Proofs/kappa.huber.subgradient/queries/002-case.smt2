; lionk case query: d=1 case 2/7: clip as min(max(·)), max = -1, clip as min(max(·)), max = y[1], min = y[1]
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
 (< |y[1]| 1.0))
(assert
 (let ((?x16 (* |y[1]| |y[1]|)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x13 (* (- 1.0) |y[1]|)))
 (let ((?x14 (+ (- (/ 1.0 2.0)) ?x13)))
 (let (($x18 (<= ?x14 ?x17)))
 (not $x18)))))))
(check-sat)
