; lionk case query: d=1 case 4/6: x[1] < 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (<= |y[1]| (- 1.0)))
(assert
 true)
(assert
 (let ((?x17 (+ 1.0 |y[1]|)))
 (let ((?x18 (* ?x17 ?x17)))
 (let ((?x19 (* (/ 1.0 2.0) ?x18)))
 (let ((?x14 (* |x[1]| |x[1]|)))
 (let ((?x15 (* (/ 1.0 2.0) ?x14)))
 (let ((?x12 (* (- 1.0) |x[1]|)))
 (let ((?x20 (+ ?x12 ?x15 ?x19)))
 (let ((?x11 (* |x[1]| |y[1]|)))
 (let (($x21 (<= ?x11 ?x20)))
 (not $x21)))))))))))
(check-sat)
