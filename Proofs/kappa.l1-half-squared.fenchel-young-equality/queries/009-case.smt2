; lionk case query: d=1 case 9/9: x[1] < 0, clip as min(max(·)), max = x[1] - 1, min = x[1] - 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< |x[1]| 0.0))
(assert
 (let ((?x31 (+ (- 1.0) |x[1]|)))
 (< (- 1.0) ?x31)))
(assert
 (let ((?x31 (+ (- 1.0) |x[1]|)))
 (< ?x31 1.0)))
(assert
 (let ((?x47 (* |x[1]| |x[1]|)))
 (let ((?x48 (* (/ 1.0 2.0) ?x47)))
 (let ((?x45 (* (- 1.0) |x[1]|)))
 (let ((?x49 (+ ?x45 ?x48)))
 (let ((?x31 (+ (- 1.0) |x[1]|)))
 (let ((?x42 (* |x[1]| ?x31)))
 (let (($x50 (= ?x42 ?x49)))
 (not $x50)))))))))
(check-sat)
