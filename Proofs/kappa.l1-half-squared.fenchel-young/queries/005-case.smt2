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
 (let ((?x43 (+ (- 1.0) |y[1]|)))
 (let ((?x44 (* ?x43 ?x43)))
 (let ((?x45 (* (/ 1.0 2.0) ?x44)))
 (let ((?x41 (* |x[1]| |x[1]|)))
 (let ((?x42 (* (/ 1.0 2.0) ?x41)))
 (let ((?x39 (* (- 1.0) |x[1]|)))
 (let ((?x46 (+ ?x39 ?x42 ?x45)))
 (let ((?x37 (* |x[1]| |y[1]|)))
 (let (($x47 (<= ?x37 ?x46)))
 (not $x47)))))))))))
(check-sat)
