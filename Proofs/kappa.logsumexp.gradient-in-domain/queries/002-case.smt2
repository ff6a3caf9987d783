; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp2 () Real)
(declare-fun %absexp1 () Real)
(declare-fun %aux1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[2]| () Real)
(assert
 (let ((?x9 (+ %absexp1 %absexp2)))
 (let ((?x10 (* %aux1 ?x9)))
 (= 1.0 ?x10))))
(assert
 (let ((?x35 (* %absexp1 %aux1)))
 (let ((?x37 (* %absexp2 %aux1)))
 (let ((?x39 (+ ?x37 ?x35)))
 (let (($x40 (= 1.0 ?x39)))
 (let (($x38 (<= 0.0 ?x37)))
 (let (($x36 (<= 0.0 ?x35)))
 (let (($x41 (and $x36 $x38 $x40)))
 (not $x41)))))))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x51 (+ 1.0 |x[1]|)))
 (<= ?x51 %absexp1)))
(assert
 (let ((?x56 (* (- 1.0) |x[1]|)))
 (let ((?x55 (+ 1.0 ?x56)))
 (let ((?x58 (* %absexp1 ?x55)))
 (<= ?x58 1.0)))))
(assert
 (let (($x68 (< %absexp1 1.0)))
 (let (($x67 (< |x[1]| 0.0)))
 (=> $x67 $x68))))
(assert
 (let (($x80 (= 1.0 %absexp1)))
 (let (($x79 (= 0.0 |x[1]|)))
 (=> $x79 $x80))))
(assert
 (let (($x87 (< 1.0 %absexp1)))
 (let (($x86 (< 0.0 |x[1]|)))
 (=> $x86 $x87))))
(assert
 (< 0.0 %absexp2))
(assert
 (let ((?x98 (+ 1.0 |x[2]|)))
 (<= ?x98 %absexp2)))
(assert
 (let ((?x102 (* (- 1.0) |x[2]|)))
 (let ((?x101 (+ 1.0 ?x102)))
 (let ((?x104 (* %absexp2 ?x101)))
 (<= ?x104 1.0)))))
(assert
 (let (($x114 (< %absexp2 1.0)))
 (let (($x113 (< |x[2]| 0.0)))
 (=> $x113 $x114))))
(assert
 (let (($x126 (= 1.0 %absexp2)))
 (let (($x125 (= 0.0 |x[2]|)))
 (=> $x125 $x126))))
(assert
 (let (($x133 (< 1.0 %absexp2)))
 (let (($x132 (< 0.0 |x[2]|)))
 (=> $x132 $x133))))
(assert
 (let (($x141 (<= %absexp1 %absexp2)))
 (let (($x140 (<= |x[1]| |x[2]|)))
 (=> $x140 $x141))))
(assert
 (let (($x151 (< %absexp1 %absexp2)))
 (let (($x150 (< |x[1]| |x[2]|)))
 (=> $x150 $x151))))
(assert
 (let (($x157 (<= %absexp2 %absexp1)))
 (let (($x153 (<= |x[2]| |x[1]|)))
 (=> $x153 $x157))))
(assert
 (let (($x165 (< %absexp2 %absexp1)))
 (let (($x164 (< |x[2]| |x[1]|)))
 (=> $x164 $x165))))
(check-sat)
