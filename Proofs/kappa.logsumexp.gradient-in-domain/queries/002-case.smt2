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
 (let ((?x13 (* %absexp1 %aux1)))
 (let ((?x15 (* %absexp2 %aux1)))
 (let ((?x17 (+ ?x15 ?x13)))
 (let (($x18 (= 1.0 ?x17)))
 (let (($x16 (<= 0.0 ?x15)))
 (let (($x14 (<= 0.0 ?x13)))
 (let (($x19 (and $x14 $x16 $x18)))
 (not $x19)))))))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x23 (+ 1.0 |x[1]|)))
 (<= ?x23 %absexp1)))
(assert
 (let ((?x26 (* (- 1.0) |x[1]|)))
 (let ((?x27 (+ 1.0 ?x26)))
 (let ((?x28 (* %absexp1 ?x27)))
 (<= ?x28 1.0)))))
(assert
 (let (($x31 (< %absexp1 1.0)))
 (let (($x30 (< |x[1]| 0.0)))
 (=> $x30 $x31))))
(assert
 (let (($x34 (= 1.0 %absexp1)))
 (let (($x33 (= 0.0 |x[1]|)))
 (=> $x33 $x34))))
(assert
 (let (($x37 (< 1.0 %absexp1)))
 (let (($x36 (< 0.0 |x[1]|)))
 (=> $x36 $x37))))
(assert
 (< 0.0 %absexp2))
(assert
 (let ((?x41 (+ 1.0 |x[2]|)))
 (<= ?x41 %absexp2)))
(assert
 (let ((?x43 (* (- 1.0) |x[2]|)))
 (let ((?x44 (+ 1.0 ?x43)))
 (let ((?x45 (* %absexp2 ?x44)))
 (<= ?x45 1.0)))))
(assert
 (let (($x48 (< %absexp2 1.0)))
 (let (($x47 (< |x[2]| 0.0)))
 (=> $x47 $x48))))
(assert
 (let (($x51 (= 1.0 %absexp2)))
 (let (($x50 (= 0.0 |x[2]|)))
 (=> $x50 $x51))))
(assert
 (let (($x54 (< 1.0 %absexp2)))
 (let (($x53 (< 0.0 |x[2]|)))
 (=> $x53 $x54))))
(assert
 (let (($x57 (<= %absexp1 %absexp2)))
 (let (($x56 (<= |x[1]| |x[2]|)))
 (=> $x56 $x57))))
(assert
 (let (($x60 (< %absexp1 %absexp2)))
 (let (($x59 (< |x[1]| |x[2]|)))
 (=> $x59 $x60))))
(assert
 (let (($x63 (<= %absexp2 %absexp1)))
 (let (($x62 (<= |x[2]| |x[1]|)))
 (=> $x62 $x63))))
(assert
 (let (($x66 (< %absexp2 %absexp1)))
 (let (($x65 (< |x[2]| |x[1]|)))
 (=> $x65 $x66))))
(check-sat)
