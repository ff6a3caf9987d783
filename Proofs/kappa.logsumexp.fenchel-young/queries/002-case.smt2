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
 (let (($x11 (= 1.0 |y[1]|)))
 (let (($x9 (<= 0.0 |y[1]|)))
 (and $x9 $x11))))
(assert
 (let ((?x14 (* |x[1]| |y[1]|)))
 (let (($x16 (<= ?x14 %abslog2)))
 (not $x16))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x20 (+ 1.0 |x[1]|)))
 (<= ?x20 %absexp1)))
(assert
 (let ((?x23 (* (- 1.0) |x[1]|)))
 (let ((?x24 (+ 1.0 ?x23)))
 (let ((?x25 (* %absexp1 ?x24)))
 (<= ?x25 1.0)))))
(assert
 (let (($x28 (< %absexp1 1.0)))
 (let (($x27 (< |x[1]| 0.0)))
 (=> $x27 $x28))))
(assert
 (let (($x31 (= 1.0 %absexp1)))
 (let (($x30 (= 0.0 |x[1]|)))
 (=> $x30 $x31))))
(assert
 (let (($x34 (< 1.0 %absexp1)))
 (let (($x33 (< 0.0 |x[1]|)))
 (=> $x33 $x34))))
(assert
 (let ((?x36 (+ (- 1.0) %absexp1)))
 (let (($x37 (<= %abslog2 ?x36)))
 (let (($x19 (< 0.0 %absexp1)))
 (=> $x19 $x37)))))
(assert
 (let ((?x39 (* %absexp1 %abslog2)))
 (let ((?x36 (+ (- 1.0) %absexp1)))
 (let (($x40 (<= ?x36 ?x39)))
 (let (($x19 (< 0.0 %absexp1)))
 (=> $x19 $x40))))))
(assert
 (let (($x43 (< %abslog2 0.0)))
 (let (($x28 (< %absexp1 1.0)))
 (let (($x19 (< 0.0 %absexp1)))
 (let (($x42 (and $x19 $x28)))
 (=> $x42 $x43))))))
(assert
 (let (($x45 (= 0.0 %abslog2)))
 (let (($x31 (= 1.0 %absexp1)))
 (=> $x31 $x45))))
(assert
 (let (($x47 (< 0.0 %abslog2)))
 (let (($x34 (< 1.0 %absexp1)))
 (=> $x34 $x47))))
(assert
 (= %abslog2 |x[1]|))
(assert
 (let ((?x54 (* 2.0 %abslog2)))
 (let ((?x23 (* (- 1.0) |x[1]|)))
 (let ((?x55 (+ ?x23 ?x54)))
 (let ((?x51 (* %absexp1 %absexp1)))
 (let ((?x56 (* ?x51 ?x55)))
 (let ((?x50 (* (- 1.0) %absexp1)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let (($x57 (<= ?x52 ?x56)))
 (let (($x19 (< 0.0 %absexp1)))
 (=> $x19 $x57)))))))))))
(check-sat)
