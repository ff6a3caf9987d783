; lionk case query: d=1 case 3/9: x[1] > 0, clip as min(max(·)), max = x[1] + 1, min = x[1] + 1
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
 (< ?x10 1.0)))
(assert
 (let ((?x15 (* |x[1]| |x[1]|)))
 (let ((?x16 (* (/ 1.0 2.0) ?x15)))
 (let ((?x17 (+ |x[1]| ?x16)))
 (let ((?x10 (+ 1.0 |x[1]|)))
 (let ((?x13 (* |x[1]| ?x10)))
 (let (($x18 (= ?x13 ?x17)))
 (not $x18))))))))
(check-sat)
