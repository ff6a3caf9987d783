; lionk case query: d=1 case 3/9: x[1] > 0, clip as min(max(·)), max = x[1] + 1, min = x[1] + 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x30 (+ 1.0 |x[1]|)))
 (< (- 1.0) ?x30)))
(assert
 (let ((?x30 (+ 1.0 |x[1]|)))
 (< ?x30 1.0)))
(assert
 (let ((?x44 (* |x[1]| |x[1]|)))
 (let ((?x45 (* (/ 1.0 2.0) ?x44)))
 (let ((?x46 (+ |x[1]| ?x45)))
 (let ((?x30 (+ 1.0 |x[1]|)))
 (let ((?x42 (* |x[1]| ?x30)))
 (let (($x47 (= ?x42 ?x46)))
 (not $x47))))))))
(check-sat)
