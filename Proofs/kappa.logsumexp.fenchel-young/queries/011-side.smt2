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
 (let ((?x74 (+ (- 1.0) %absexp1)))
 (let (($x75 (<= %abslog2 ?x74)))
 (let (($x7 (< 0.0 %absexp1)))
 (=> $x7 $x75)))))
(assert
 (let ((?x81 (* %absexp1 %abslog2)))
 (let ((?x74 (+ (- 1.0) %absexp1)))
 (let (($x82 (<= ?x74 ?x81)))
 (let (($x7 (< 0.0 %absexp1)))
 (=> $x7 $x82))))))
(assert
 (let (($x89 (< %abslog2 0.0)))
 (let (($x47 (< %absexp1 1.0)))
 (let (($x7 (< 0.0 %absexp1)))
 (let (($x88 (and $x7 $x47)))
 (=> $x88 $x89))))))
(assert
 (let (($x98 (= 0.0 %abslog2)))
 (let (($x59 (= 1.0 %absexp1)))
 (=> $x59 $x98))))
(assert
 (let (($x103 (< 0.0 %abslog2)))
 (let (($x66 (< 1.0 %absexp1)))
 (=> $x66 $x103))))
(assert
 (= %abslog2 |x[1]|))
(assert
 (let ((?x113 (* 2.0 %abslog2)))
 (let ((?x35 (* (- 1.0) |x[1]|)))
 (let ((?x114 (+ ?x35 ?x113)))
 (let ((?x110 (* %absexp1 %absexp1)))
 (let ((?x115 (* ?x110 ?x114)))
 (let ((?x109 (* (- 1.0) %absexp1)))
 (let ((?x111 (+ ?x109 ?x110)))
 (let (($x116 (<= ?x111 ?x115)))
 (let (($x7 (< 0.0 %absexp1)))
 (=> $x7 $x116)))))))))))
(assert
 (<= %absexp1 0.0))
(check-sat)
