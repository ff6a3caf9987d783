; lionk case query: d=1 case 5/6: x[1] < 0, clip as min(max(·)), max = y[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (< (- 1.0) |y[1]|))
(assert
 (<= 1.0 |y[1]|))
(assert
 true)
(assert
 (let ((?x18 (+ (- 1.0) |y[1]|)))
 (let ((?x19 (* ?x18 ?x18)))
 (let ((?x20 (* (/ 1.0 2.0) ?x19)))
 (let ((?x16 (* |x[1]| |x[1]|)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x14 (* (- 1.0) |x[1]|)))
 (let ((?x21 (+ ?x14 ?x17 ?x20)))
 (let ((?x13 (* |x[1]| |y[1]|)))
 (let (($x22 (<= ?x13 ?x21)))
 (not $x22)))))))))))
(check-sat)
