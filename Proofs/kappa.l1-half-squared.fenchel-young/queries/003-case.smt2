; lionk case query: d=1 case 3/6: x[1] >= 0, clip as min(max(·)), max = y[1], min = y[1]
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 |x[1]|))
(assert
 (< (- 1.0) |y[1]|))
(assert
 (< |y[1]| 1.0))
(assert
 true)
(assert
 (let ((?x15 (* |x[1]| |x[1]|)))
 (let ((?x16 (* (/ 1.0 2.0) ?x15)))
 (let ((?x17 (+ |x[1]| ?x16)))
 (let ((?x13 (* |x[1]| |y[1]|)))
 (let (($x18 (<= ?x13 ?x17)))
 (not $x18)))))))
(check-sat)
