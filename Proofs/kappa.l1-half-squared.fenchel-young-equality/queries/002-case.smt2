; lionk case query: d=1 case 2/9: x[1] > 0, clip as min(max(·)), max = x[1] + 1, min = 1
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
 (<= 1.0 ?x30)))
(assert
 (let ((?x30 (+ 1.0 |x[1]|)))
 (let ((?x41 (* |x[1]| ?x30)))
 (let ((?x38 (* |x[1]| |x[1]|)))
 (let ((?x40 (+ |x[1]| ?x38)))
 (let (($x42 (= ?x40 ?x41)))
 (not $x42)))))))
(check-sat)
