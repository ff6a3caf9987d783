; lionk case query: d=1 case 7/7: clip as min(max(·)), max = x[1], min = x[1], clip as min(max(·)), max = y[1], min = y[1]
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
 (< (- 1.0) |y[1]|))
(assert
 (< |y[1]| 1.0))
(assert
 (let ((?x50 (* |y[1]| |y[1]|)))
 (let ((?x51 (* (/ 1.0 2.0) ?x50)))
 (let ((?x46 (* (- 1.0) |x[1]|)))
 (let ((?x47 (+ |y[1]| ?x46)))
 (let ((?x48 (* |x[1]| ?x47)))
 (let ((?x44 (* |x[1]| |x[1]|)))
 (let ((?x45 (* (/ 1.0 2.0) ?x44)))
 (let ((?x49 (+ ?x45 ?x48)))
 (let (($x52 (<= ?x49 ?x51)))
 (not $x52)))))))))))
(check-sat)
