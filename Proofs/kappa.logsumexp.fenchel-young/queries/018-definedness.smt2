; lionk definedness query: d=2 definedness
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %defabsexp2 () Real)
(declare-fun %defabsexp1 () Real)
(declare-fun |y[2]| () Real)
(declare-fun |y[1]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x16 (+ %defabsexp1 %defabsexp2)))
 (let (($x17 (< 0.0 ?x16)))
 (let ((?x11 (+ |y[1]| |y[2]|)))
 (let (($x12 (= 1.0 ?x11)))
 (let (($x9 (<= 0.0 |y[2]|)))
 (let (($x7 (<= 0.0 |y[1]|)))
 (let (($x13 (and $x7 $x9 $x12)))
 (let (($x18 (=> $x13 $x17)))
 (not $x18))))))))))
(assert
 (< 0.0 %defabsexp1))
(assert
 (let ((?x50 (+ 1.0 |x[2]|)))
 (<= ?x50 %defabsexp1)))
(assert
 (let ((?x55 (* (- 1.0) |x[2]|)))
 (let ((?x54 (+ 1.0 ?x55)))
 (let ((?x57 (* %defabsexp1 ?x54)))
 (<= ?x57 1.0)))))
(assert
 (let (($x67 (< %defabsexp1 1.0)))
 (let (($x66 (< |x[2]| 0.0)))
 (=> $x66 $x67))))
(assert
 (let (($x79 (= 1.0 %defabsexp1)))
 (let (($x78 (= 0.0 |x[2]|)))
 (=> $x78 $x79))))
(assert
 (let (($x86 (< 1.0 %defabsexp1)))
 (let (($x85 (< 0.0 |x[2]|)))
 (=> $x85 $x86))))
(assert
 (< 0.0 %defabsexp2))
(assert
 (let ((?x97 (+ 1.0 |x[1]|)))
 (<= ?x97 %defabsexp2)))
(assert
 (let ((?x101 (* (- 1.0) |x[1]|)))
 (let ((?x100 (+ 1.0 ?x101)))
 (let ((?x103 (* %defabsexp2 ?x100)))
 (<= ?x103 1.0)))))
(assert
 (let (($x113 (< %defabsexp2 1.0)))
 (let (($x112 (< |x[1]| 0.0)))
 (=> $x112 $x113))))
(assert
 (let (($x125 (= 1.0 %defabsexp2)))
 (let (($x124 (= 0.0 |x[1]|)))
 (=> $x124 $x125))))
(assert
 (let (($x132 (< 1.0 %defabsexp2)))
 (let (($x131 (< 0.0 |x[1]|)))
 (=> $x131 $x132))))
(assert
 (let (($x140 (<= %defabsexp1 %defabsexp2)))
 (let (($x139 (<= |x[2]| |x[1]|)))
 (=> $x139 $x140))))
(assert
 (let (($x150 (< %defabsexp1 %defabsexp2)))
 (let (($x149 (< |x[2]| |x[1]|)))
 (=> $x149 $x150))))
(assert
 (let (($x156 (<= %defabsexp2 %defabsexp1)))
 (let (($x152 (<= |x[1]| |x[2]|)))
 (=> $x152 $x156))))
(assert
 (let (($x164 (< %defabsexp2 %defabsexp1)))
 (let (($x163 (< |x[1]| |x[2]|)))
 (=> $x163 $x164))))
(check-sat)
