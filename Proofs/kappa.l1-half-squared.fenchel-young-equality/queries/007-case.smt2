; lionk case query: d=1 case 7/9: x[1] < 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let ((?x9 (+ (- 1.0) |x[1]|)))
 (<= ?x9 (- 1.0))))
(assert
 (let ((?x9 (+ (- 1.0) |x[1]|)))
 (let ((?x14 (* |x[1]| ?x9)))
 (let ((?x12 (* |x[1]| |x[1]|)))
 (let ((?x11 (* (- 1.0) |x[1]|)))
 (let ((?x13 (+ ?x11 ?x12)))
 (let (($x15 (= ?x13 ?x14)))
 (not $x15))))))))
(check-sat)
