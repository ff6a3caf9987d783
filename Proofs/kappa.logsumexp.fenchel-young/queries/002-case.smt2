; lionk case query: d=1 case 2/2: not (0 < y[1])
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |y[1]| () Real)
(declare-fun %abslog2 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %absexp1 () Real)
(assert
 (let (($x7 (< 0.0 |y[1]|)))
 (not $x7)))
(assert
 (let (($x31 (= 1.0 |y[1]|)))
 (let (($x29 (<= 0.0 |y[1]|)))
 (and $x29 $x31))))
(assert
 (let ((?x34 (* |x[1]| |y[1]|)))
 (let (($x38 (<= ?x34 %abslog2)))
 (not $x38))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x50 (+ 1.0 |x[1]|)))
 (<= ?x50 %absexp1)))
(assert
 (let ((?x55 (* (- 1.0) |x[1]|)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let ((?x57 (* %absexp1 ?x56)))
 (<= ?x57 1.0)))))
(assert
 (let (($x69 (< %absexp1 1.0)))
 (let (($x68 (< |x[1]| 0.0)))
 (=> $x68 $x69))))
(assert
 (let (($x81 (= 1.0 %absexp1)))
 (let (($x80 (= 0.0 |x[1]|)))
 (=> $x80 $x81))))
(assert
 (let (($x88 (< 1.0 %absexp1)))
 (let (($x87 (< 0.0 |x[1]|)))
 (=> $x87 $x88))))
(assert
 (let ((?x95 (+ (- 1.0) %absexp1)))
 (let (($x96 (<= %abslog2 ?x95)))
 (let (($x47 (< 0.0 %absexp1)))
 (=> $x47 $x96)))))
(assert
 (let ((?x101 (* %absexp1 %abslog2)))
 (let ((?x95 (+ (- 1.0) %absexp1)))
 (let (($x102 (<= ?x95 ?x101)))
 (let (($x47 (< 0.0 %absexp1)))
 (=> $x47 $x102))))))
(assert
 (let (($x110 (< %abslog2 0.0)))
 (let (($x69 (< %absexp1 1.0)))
 (let (($x47 (< 0.0 %absexp1)))
 (let (($x109 (and $x47 $x69)))
 (=> $x109 $x110))))))
(assert
 (let (($x119 (= 0.0 %abslog2)))
 (let (($x81 (= 1.0 %absexp1)))
 (=> $x81 $x119))))
(assert
 (let (($x124 (< 0.0 %abslog2)))
 (let (($x88 (< 1.0 %absexp1)))
 (=> $x88 $x124))))
(assert
 (= %abslog2 |x[1]|))
(assert
 (let ((?x133 (* 2.0 %abslog2)))
 (let ((?x55 (* (- 1.0) |x[1]|)))
 (let ((?x134 (+ ?x55 ?x133)))
 (let ((?x130 (* %absexp1 %absexp1)))
 (let ((?x135 (* ?x130 ?x134)))
 (let ((?x52 (* (- 1.0) %absexp1)))
 (let ((?x131 (+ ?x52 ?x130)))
 (let (($x136 (<= ?x131 ?x135)))
 (let (($x47 (< 0.0 %absexp1)))
 (=> $x47 $x136)))))))))))
(check-sat)
