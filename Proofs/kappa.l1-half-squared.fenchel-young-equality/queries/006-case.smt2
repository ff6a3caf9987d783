; lionk case query: d=1 case 6/9: x[1] = 0, clip as min(max(·)), max = x[1], min = x[1]
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (< (- 1.0) |x[1]|))
(assert
 (< |x[1]| 1.0))
(assert
 (let ((?x12 (* |x[1]| |x[1]|)))
 (let ((?x14 (* (/ 1.0 2.0) ?x12)))
 (let ((?x15 (+ |x[1]| ?x14)))
 (let (($x16 (= ?x12 ?x15)))
 (not $x16))))))
(check-sat)
