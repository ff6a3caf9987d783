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
 (let ((?x21 (+ (- (/ 1.0 2.0)) |y[1]|)))
 (let ((?x16 (* (- 1.0) |x[1]|)))
 (let ((?x17 (+ |y[1]| ?x16)))
 (let ((?x18 (* |x[1]| ?x17)))
 (let ((?x14 (* |x[1]| |x[1]|)))
 (let ((?x15 (* (/ 1.0 2.0) ?x14)))
 (let ((?x19 (+ ?x15 ?x18)))
 (let (($x22 (<= ?x19 ?x21)))
 (not $x22))))))))))
(check-sat)
