; lionk case query: d=1 case 8/9: x[1] < 0, clip as min(max(·)), max = x[1] - 1, min = 1
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
 (<= 1.0 ?x31)))
(assert
 (let ((?x47 (+ (- 2.0) |x[1]|)))
 (let ((?x48 (* ?x47 ?x47)))
 (let ((?x49 (* (/ 1.0 2.0) ?x48)))
 (let ((?x44 (* |x[1]| |x[1]|)))
 (let ((?x45 (* (/ 1.0 2.0) ?x44)))
 (let ((?x40 (* (- 1.0) |x[1]|)))
 (let ((?x50 (+ ?x40 ?x45 ?x49)))
 (let ((?x31 (+ (- 1.0) |x[1]|)))
 (let ((?x39 (* |x[1]| ?x31)))
 (let (($x51 (= ?x39 ?x50)))
 (not $x51))))))))))))
(check-sat)
