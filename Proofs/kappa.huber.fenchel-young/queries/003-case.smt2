; lionk case query: d=1 case 3/3: clip as min(max(·)), max = x[1], min = x[1]
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (< |x[1]| 1.0))
(assert
 (let (($x12 (<= |y[1]| 1.0)))
 (let (($x11 (<= (- 1.0) |y[1]|)))
 (and $x11 $x12))))
(assert
 (let ((?x18 (* |x[1]| |x[1]|)))
 (let ((?x19 (* (/ 1.0 2.0) ?x18)))
 (let ((?x16 (* |y[1]| |y[1]|)))
 (let ((?x17 (* (/ 1.0 2.0) ?x16)))
 (let ((?x20 (+ ?x17 ?x19)))
 (let ((?x14 (* |x[1]| |y[1]|)))
 (let (($x21 (<= ?x14 ?x20)))
 (not $x21)))))))))
(check-sat)
