; lionk case query: d=1 case 1/6: x[1] >= 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 |x[1]|))
(assert
 (<= |y[1]| (- 1.0)))
(assert
 true)
(assert
 (let ((?x16 (+ 1.0 |y[1]|)))
 (let ((?x17 (* ?x16 ?x16)))
 (let ((?x18 (* (/ 1.0 2.0) ?x17)))
 (let ((?x13 (* |x[1]| |x[1]|)))
 (let ((?x14 (* (/ 1.0 2.0) ?x13)))
 (let ((?x19 (+ |x[1]| ?x14 ?x18)))
 (let ((?x11 (* |x[1]| |y[1]|)))
 (let (($x20 (<= ?x11 ?x19)))
 (not $x20))))))))))
(check-sat)
