; lionk case query: d=1 case 2/9: x[1] > 0, clip as min(max(·)), max = x[1] + 1, min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x10 (+ 1.0 |x[1]|)))
 (< (- 1.0) ?x10)))
(assert
 (let ((?x10 (+ 1.0 |x[1]|)))
 (<= 1.0 ?x10)))
(assert
 (let ((?x10 (+ 1.0 |x[1]|)))
 (let ((?x15 (* |x[1]| ?x10)))
 (let ((?x13 (* |x[1]| |x[1]|)))
 (let ((?x14 (+ |x[1]| ?x13)))
 (let (($x16 (= ?x14 ?x15)))
 (not $x16)))))))
(check-sat)
