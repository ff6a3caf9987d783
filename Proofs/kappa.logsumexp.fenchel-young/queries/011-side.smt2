; lionk side query: side: %absexp1 > 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %abslog2 () Real)
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
 (let ((?x27 (+ (- 1.0) %absexp1)))
 (let (($x28 (<= %abslog2 ?x27)))
 (let (($x7 (< 0.0 %absexp1)))
 (=> $x7 $x28)))))
(assert
 (let ((?x30 (* %absexp1 %abslog2)))
 (let ((?x27 (+ (- 1.0) %absexp1)))
 (let (($x31 (<= ?x27 ?x30)))
 (let (($x7 (< 0.0 %absexp1)))
 (=> $x7 $x31))))))
(assert
 (let (($x34 (< %abslog2 0.0)))
 (let (($x18 (< %absexp1 1.0)))
 (let (($x7 (< 0.0 %absexp1)))
 (let (($x33 (and $x7 $x18)))
 (=> $x33 $x34))))))
(assert
 (let (($x36 (= 0.0 %abslog2)))
 (let (($x21 (= 1.0 %absexp1)))
 (=> $x21 $x36))))
(assert
 (let (($x38 (< 0.0 %abslog2)))
 (let (($x24 (< 1.0 %absexp1)))
 (=> $x24 $x38))))
(assert
 (= %abslog2 |x[1]|))
(assert
 (let ((?x45 (* 2.0 %abslog2)))
 (let ((?x13 (* (- 1.0) |x[1]|)))
 (let ((?x46 (+ ?x13 ?x45)))
 (let ((?x42 (* %absexp1 %absexp1)))
 (let ((?x47 (* ?x42 ?x46)))
 (let ((?x41 (* (- 1.0) %absexp1)))
 (let ((?x43 (+ ?x41 ?x42)))
 (let (($x48 (<= ?x43 ?x47)))
 (let (($x7 (< 0.0 %absexp1)))
 (=> $x7 $x48)))))))))))
(assert
 (<= %absexp1 0.0))
(check-sat)
