; lionk definedness query: d=2 definedness
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %defaux1 () Real)
(declare-fun %defabsexp1 () Real)
(declare-fun %defabsexp2 () Real)
(declare-fun |x[2]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x19 (* %defabsexp1 %defaux1)))
 (let (($x20 (< 0.0 ?x19)))
 (let ((?x8 (+ %defabsexp1 %defabsexp2)))
 (let (($x9 (= 0.0 ?x8)))
 (let (($x10 (not $x9)))
 (let (($x21 (=> $x10 $x20)))
 (let (($x22 (and $x10 $x21)))
 (let (($x23 (=> $x20 $x22)))
 (let (($x24 (=> (and $x10 $x20) $x22)))
 (let ((?x13 (* %defabsexp2 %defaux1)))
 (let (($x14 (< 0.0 ?x13)))
 (let (($x15 (=> $x10 $x14)))
 (let (($x16 (and $x10 $x15)))
 (let (($x17 (=> $x14 $x16)))
 (let (($x18 (=> (and $x10 $x14) $x16)))
 (let (($x11 (< 0.0 ?x8)))
 (let (($x25 (and $x10 $x11 $x18 $x24)))
 (not $x25)))))))))))))))))))
(assert
 (< 0.0 %defabsexp1))
(assert
 (let ((?x30 (+ 1.0 |x[2]|)))
 (<= ?x30 %defabsexp1)))
(assert
 (let ((?x33 (* (- 1.0) |x[2]|)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x35 (* %defabsexp1 ?x34)))
 (<= ?x35 1.0)))))
(assert
 (let (($x38 (< %defabsexp1 1.0)))
 (let (($x37 (< |x[2]| 0.0)))
 (=> $x37 $x38))))
(assert
 (let (($x41 (= 1.0 %defabsexp1)))
 (let (($x40 (= 0.0 |x[2]|)))
 (=> $x40 $x41))))
(assert
 (let (($x44 (< 1.0 %defabsexp1)))
 (let (($x43 (< 0.0 |x[2]|)))
 (=> $x43 $x44))))
(assert
 (< 0.0 %defabsexp2))
(assert
 (let ((?x48 (+ 1.0 |x[1]|)))
 (<= ?x48 %defabsexp2)))
(assert
 (let ((?x50 (* (- 1.0) |x[1]|)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let ((?x52 (* %defabsexp2 ?x51)))
 (<= ?x52 1.0)))))
(assert
 (let (($x55 (< %defabsexp2 1.0)))
 (let (($x54 (< |x[1]| 0.0)))
 (=> $x54 $x55))))
(assert
 (let (($x58 (= 1.0 %defabsexp2)))
 (let (($x57 (= 0.0 |x[1]|)))
 (=> $x57 $x58))))
(assert
 (let (($x61 (< 1.0 %defabsexp2)))
 (let (($x60 (< 0.0 |x[1]|)))
 (=> $x60 $x61))))
(assert
 (let (($x64 (<= %defabsexp1 %defabsexp2)))
 (let (($x63 (<= |x[2]| |x[1]|)))
 (=> $x63 $x64))))
(assert
 (let (($x67 (< %defabsexp1 %defabsexp2)))
 (let (($x66 (< |x[2]| |x[1]|)))
 (=> $x66 $x67))))
(assert
 (let (($x70 (<= %defabsexp2 %defabsexp1)))
 (let (($x69 (<= |x[1]| |x[2]|)))
 (=> $x69 $x70))))
(assert
 (let (($x73 (< %defabsexp2 %defabsexp1)))
 (let (($x72 (< |x[1]| |x[2]|)))
 (=> $x72 $x73))))
(assert
 (let ((?x8 (+ %defabsexp1 %defabsexp2)))
 (let ((?x75 (* %defaux1 ?x8)))
 (let (($x76 (= 1.0 ?x75)))
 (let (($x9 (= 0.0 ?x8)))
 (let (($x10 (not $x9)))
 (=> $x10 $x76)))))))
(check-sat)
