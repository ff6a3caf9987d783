; lionk case query: d=1 case 4/9: x[1] = 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (<= |x[1]| (- 1.0)))
(assert
 (let ((?x14 (+ 1.0 |x[1]|)))
 (let ((?x15 (* ?x14 ?x14)))
 (let ((?x16 (* (/ 1.0 2.0) ?x15)))
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x12 (* (/ 1.0 2.0) ?x10)))
 (let ((?x17 (+ |x[1]| ?x12 ?x16)))
 (let (($x18 (= ?x10 ?x17)))
 (not $x18)))))))))
(check-sat)
