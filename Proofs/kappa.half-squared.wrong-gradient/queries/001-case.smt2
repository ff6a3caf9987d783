; lionk case query: d=1 case 1/1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
(declare-fun |y[1]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x16 (* |y[1]| |y[1]|)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x12 (* (- 1.0) |x[1]|)))
 (let ((?x13 (+ |y[1]| ?x12)))
 (let ((?x14 (* 2.0 |x[1]| ?x13)))
 (let ((?x7 (* |x[1]| |x[1]|)))
 (let ((?x8 (* (/ 1.0 2.0) ?x7)))
 (let ((?x15 (+ ?x8 ?x14)))
 (let (($x18 (<= ?x15 ?x17)))
 (not $x18)))))))))))
(check-sat)
