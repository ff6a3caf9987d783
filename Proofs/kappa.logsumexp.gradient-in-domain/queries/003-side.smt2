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
 (< 0.0 %absexp2))
(assert
 (let ((?x78 (+ 1.0 |x[2]|)))
 (<= ?x78 %absexp2)))
(assert
 (let ((?x82 (* (- 1.0) |x[2]|)))
 (let ((?x81 (+ 1.0 ?x82)))
 (let ((?x84 (* %absexp2 ?x81)))
 (<= ?x84 1.0)))))
(assert
 (let (($x94 (< %absexp2 1.0)))
 (let (($x93 (< |x[2]| 0.0)))
 (=> $x93 $x94))))
(assert
 (let (($x106 (= 1.0 %absexp2)))
 (let (($x105 (= 0.0 |x[2]|)))
 (=> $x105 $x106))))
(assert
 (let (($x113 (< 1.0 %absexp2)))
 (let (($x112 (< 0.0 |x[2]|)))
 (=> $x112 $x113))))
(assert
 (let (($x121 (<= %absexp1 %absexp2)))
 (let (($x120 (<= |x[1]| |x[2]|)))
 (=> $x120 $x121))))
(assert
 (let (($x131 (< %absexp1 %absexp2)))
 (let (($x130 (< |x[1]| |x[2]|)))
 (=> $x130 $x131))))
(assert
 (let (($x137 (<= %absexp2 %absexp1)))
 (let (($x133 (<= |x[2]| |x[1]|)))
 (=> $x133 $x137))))
(assert
 (let (($x145 (< %absexp2 %absexp1)))
 (let (($x144 (< |x[2]| |x[1]|)))
 (=> $x144 $x145))))
(assert
 (let ((?x151 (+ %absexp1 %absexp2)))
 (= 0.0 ?x151)))
(check-sat)
