; lionk side query: side: %absexp1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x30 (+ 1.0 |x[1]|)))
 (<= ?x30 %absexp1)))
(assert
 (let ((?x35 (* (- 1.0) |x[1]|)))
 (let ((?x34 (+ 1.0 ?x35)))
 (let ((?x37 (* %absexp1 ?x34)))
 (<= ?x37 1.0)))))
(assert
 (let (($x47 (< %absexp1 1.0)))
 (let (($x46 (< |x[1]| 0.0)))
 (=> $x46 $x47))))
(assert
 (let (($x59 (= 1.0 %absexp1)))
 (let (($x58 (= 0.0 |x[1]|)))
 (=> $x58 $x59))))
(assert
 (let (($x66 (< 1.0 %absexp1)))
 (let (($x65 (< 0.0 |x[1]|)))
 (=> $x65 $x66))))
(assert
 (= 0.0 %absexp1))
(check-sat)
