; lionk side query: side: %absexp1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x10 (+ 1.0 |x[1]|)))
 (<= ?x10 %absexp1)))
(assert
 (let ((?x13 (* (- 1.0) |x[1]|)))
 (let ((?x14 (+ 1.0 ?x13)))
 (let ((?x15 (* %absexp1 ?x14)))
 (<= ?x15 1.0)))))
(assert
 (let (($x18 (< %absexp1 1.0)))
 (let (($x17 (< |x[1]| 0.0)))
 (=> $x17 $x18))))
(assert
 (let (($x21 (= 1.0 %absexp1)))
 (let (($x20 (= 0.0 |x[1]|)))
 (=> $x20 $x21))))
(assert
 (let (($x24 (< 1.0 %absexp1)))
 (let (($x23 (< 0.0 |x[1]|)))
 (=> $x23 $x24))))
(assert
 (= 0.0 %absexp1))
(check-sat)
