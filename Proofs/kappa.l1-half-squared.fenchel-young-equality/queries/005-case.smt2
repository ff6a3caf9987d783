; lionk case query: d=1 case 5/9: x[1] = 0, clip as min(max(·)), max = x[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (< (- 1.0) |x[1]|))
(assert
 (<= 1.0 |x[1]|))
(assert
 (let ((?x15 (+ (- 1.0) |x[1]|)))
 (let ((?x16 (* ?x15 ?x15)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x12 (* |x[1]| |x[1]|)))
 (let ((?x14 (* (/ 1.0 2.0) ?x12)))
 (let ((?x18 (+ |x[1]| ?x14 ?x17)))
 (let (($x19 (= ?x12 ?x18)))
 (not $x19)))))))))
(check-sat)
