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
 (let ((?x40 (* |x[1]| |x[1]|)))
 (let ((?x41 (* (/ 1.0 2.0) ?x40)))
 (let ((?x42 (+ |x[1]| ?x41)))
 (let ((?x38 (* |x[1]| |y[1]|)))
 (let (($x43 (<= ?x38 ?x42)))
 (not $x43)))))))
(check-sat)
