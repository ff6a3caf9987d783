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
 (let ((?x39 (+ 1.0 |y[1]|)))
 (let ((?x40 (* ?x39 ?x39)))
 (let ((?x41 (* (/ 1.0 2.0) ?x40)))
 (let ((?x36 (* |x[1]| |x[1]|)))
 (let ((?x37 (* (/ 1.0 2.0) ?x36)))
 (let ((?x34 (* (- 1.0) |x[1]|)))
 (let ((?x42 (+ ?x34 ?x37 ?x41)))
 (let ((?x33 (* |x[1]| |y[1]|)))
 (let (($x43 (<= ?x33 ?x42)))
 (not $x43)))))))))))
(check-sat)
