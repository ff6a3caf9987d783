; lionk case query: d=1 case 3/3: clip as min(max(·)), max = x[1], min = x[1]
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
 (let (($x36 (<= |y[1]| 1.0)))
 (let (($x35 (<= (- 1.0) |y[1]|)))
 (and $x35 $x36))))
(assert
 (let ((?x43 (* |x[1]| |x[1]|)))
 (let ((?x44 (* (/ 1.0 2.0) ?x43)))
 (let ((?x41 (* |y[1]| |y[1]|)))
 (let ((?x42 (* (/ 1.0 2.0) ?x41)))
 (let ((?x45 (+ ?x42 ?x44)))
 (let ((?x38 (* |x[1]| |y[1]|)))
 (let (($x46 (<= ?x38 ?x45)))
 (not $x46)))))))))
(check-sat)
