; lionk case query: d=1 case 2/6: x[1] >= 0, clip as min(max(·)), max = y[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 |x[1]|))
(assert
 (< (- 1.0) |y[1]|))
(assert
 (<= 1.0 |y[1]|))
(assert
 true)
(assert
 (let ((?x17 (+ (- 1.0) |y[1]|)))
 (let ((?x18 (* ?x17 ?x17)))
 (let ((?x19 (* (/ 1.0 2.0) ?x18)))
 (let ((?x15 (* |x[1]| |x[1]|)))
 (let ((?x16 (* (/ 1.0 2.0) ?x15)))
 (let ((?x20 (+ |x[1]| ?x16 ?x19)))
 (let ((?x13 (* |x[1]| |y[1]|)))
 (let (($x21 (<= ?x13 ?x20)))
 (not $x21))))))))))
(check-sat)
