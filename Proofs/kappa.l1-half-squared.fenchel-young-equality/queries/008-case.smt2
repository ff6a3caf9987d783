; lionk case query: d=1 case 8/9: x[1] < 0, clip as min(max(·)), max = x[1] - 1, min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let ((?x9 (+ (- 1.0) |x[1]|)))
 (< (- 1.0) ?x9)))
(assert
 (let ((?x9 (+ (- 1.0) |x[1]|)))
 (<= 1.0 ?x9)))
(assert
 (let ((?x19 (+ (- 2.0) |x[1]|)))
 (let ((?x20 (* ?x19 ?x19)))
 (let ((?x21 (* (/ 1.0 2.0) ?x20)))
 (let ((?x16 (* |x[1]| |x[1]|)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x14 (* (- 1.0) |x[1]|)))
 (let ((?x22 (+ ?x14 ?x17 ?x21)))
 (let ((?x9 (+ (- 1.0) |x[1]|)))
 (let ((?x13 (* |x[1]| ?x9)))
 (let (($x23 (= ?x13 ?x22)))
 (not $x23))))))))))))
(check-sat)
