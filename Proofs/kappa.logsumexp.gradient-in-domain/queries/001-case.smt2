; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x8 (* %absexp1 %aux1)))
 (= 1.0 ?x8)))
(assert
 (let ((?x8 (* %absexp1 %aux1)))
 (let (($x9 (= 1.0 ?x8)))
 (let (($x11 (<= 0.0 ?x8)))
 (let (($x12 (and $x11 $x9)))
 (not $x12))))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x16 (+ 1.0 |x[1]|)))
 (<= ?x16 %absexp1)))
(assert
 (let ((?x19 (* (- 1.0) |x[1]|)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let ((?x21 (* %absexp1 ?x20)))
 (<= ?x21 1.0)))))
(assert
 (let (($x24 (< %absexp1 1.0)))
 (let (($x23 (< |x[1]| 0.0)))
 (=> $x23 $x24))))
(assert
 (let (($x27 (= 1.0 %absexp1)))
 (let (($x26 (= 0.0 |x[1]|)))
 (=> $x26 $x27))))
(assert
 (let (($x30 (< 1.0 %absexp1)))
 (let (($x29 (< 0.0 |x[1]|)))
 (=> $x29 $x30))))
(check-sat)
