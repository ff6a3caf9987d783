; lionk case query: d=1 case 6/6: x[1] < 0, clip as min(max(·)), max = y[1], min = y[1]
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
 (< |y[1]| 1.0))
(assert
 true)
(assert
 (let ((?x16 (* |x[1]| |x[1]|)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x14 (* (- 1.0) |x[1]|)))
 (let ((?x18 (+ ?x14 ?x17)))
 (let ((?x13 (* |x[1]| |y[1]|)))
 (let (($x19 (<= ?x13 ?x18)))
 (not $x19))))))))
(check-sat)
