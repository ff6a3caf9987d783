; lionk case query: d=1 case 7/9: x[1] < 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let ((?x31 (+ (- 1.0) |x[1]|)))
 (<= ?x31 (- 1.0))))
(assert
 (let ((?x31 (+ (- 1.0) |x[1]|)))
 (let ((?x37 (* |x[1]| ?x31)))
 (let ((?x35 (* |x[1]| |x[1]|)))
 (let ((?x34 (* (- 1.0) |x[1]|)))
 (let ((?x36 (+ ?x34 ?x35)))
 (let (($x38 (= ?x36 ?x37)))
 (not $x38))))))))
(check-sat)
