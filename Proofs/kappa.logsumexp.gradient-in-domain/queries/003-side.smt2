; lionk side query: side: %absexp1 + %absexp2 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %absexp2 () Real)
(declare-fun |x[2]| () Real)
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
 (< 0.0 %absexp2))
(assert
 (let ((?x29 (+ 1.0 |x[2]|)))
 (<= ?x29 %absexp2)))
(assert
 (let ((?x31 (* (- 1.0) |x[2]|)))
 (let ((?x32 (+ 1.0 ?x31)))
 (let ((?x33 (* %absexp2 ?x32)))
 (<= ?x33 1.0)))))
(assert
 (let (($x36 (< %absexp2 1.0)))
 (let (($x35 (< |x[2]| 0.0)))
 (=> $x35 $x36))))
(assert
 (let (($x39 (= 1.0 %absexp2)))
 (let (($x38 (= 0.0 |x[2]|)))
 (=> $x38 $x39))))
(assert
 (let (($x42 (< 1.0 %absexp2)))
 (let (($x41 (< 0.0 |x[2]|)))
 (=> $x41 $x42))))
(assert
 (let (($x45 (<= %absexp1 %absexp2)))
 (let (($x44 (<= |x[1]| |x[2]|)))
 (=> $x44 $x45))))
(assert
 (let (($x48 (< %absexp1 %absexp2)))
 (let (($x47 (< |x[1]| |x[2]|)))
 (=> $x47 $x48))))
(assert
 (let (($x51 (<= %absexp2 %absexp1)))
 (let (($x50 (<= |x[2]| |x[1]|)))
 (=> $x50 $x51))))
(assert
 (let (($x54 (< %absexp2 %absexp1)))
 (let (($x53 (< |x[2]| |x[1]|)))
 (=> $x53 $x54))))
(assert
 (let ((?x56 (+ %absexp1 %absexp2)))
 (= 0.0 ?x56)))
(check-sat)
