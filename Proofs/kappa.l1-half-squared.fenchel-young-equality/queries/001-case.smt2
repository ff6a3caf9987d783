; lionk case query: d=1 case 1/9: x[1] > 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x9 (+ 1.0 |x[1]|)))
 (<= ?x9 (- 1.0))))
(assert
 (let ((?x17 (+ 2.0 |x[1]|)))
 (let ((?x18 (* ?x17 ?x17)))
 (let ((?x19 (* (/ 1.0 2.0) ?x18)))
 (let ((?x14 (* |x[1]| |x[1]|)))
 (let ((?x15 (* (/ 1.0 2.0) ?x14)))
 (let ((?x20 (+ |x[1]| ?x15 ?x19)))
 (let ((?x9 (+ 1.0 |x[1]|)))
 (let ((?x12 (* |x[1]| ?x9)))
 (let (($x21 (= ?x12 ?x20)))
 (not $x21)))))))))))
(check-sat)
