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
 (let ((?x20 (* (- 1.0) |y[1]|)))
 (let ((?x21 (+ (- (/ 1.0 2.0)) ?x20)))
 (let ((?x15 (* (- 1.0) |x[1]|)))
 (let ((?x16 (+ |y[1]| ?x15)))
 (let ((?x17 (* |x[1]| ?x16)))
 (let ((?x13 (* |x[1]| |x[1]|)))
 (let ((?x14 (* (/ 1.0 2.0) ?x13)))
 (let ((?x18 (+ ?x14 ?x17)))
 (let (($x22 (<= ?x18 ?x21)))
 (not $x22)))))))))))
(check-sat)
