; lionk case query: d=1 case 2/6: x[1] >= 0, clip as min(max(·)), max = y[1], min = 1
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
 (<= 1.0 |y[1]|))
(assert
 true)
(assert
 (let ((?x39 (+ (- 1.0) |y[1]|)))
 (let ((?x40 (* ?x39 ?x39)))
 (let ((?x41 (* (/ 1.0 2.0) ?x40)))
 (let ((?x37 (* |x[1]| |x[1]|)))
 (let ((?x38 (* (/ 1.0 2.0) ?x37)))
 (let ((?x42 (+ |x[1]| ?x38 ?x41)))
 (let ((?x34 (* |x[1]| |y[1]|)))
 (let (($x43 (<= ?x34 ?x42)))
 (not $x43))))))))))
(check-sat)
