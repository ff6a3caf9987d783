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
 (let ((?x68 (+ 1.0 |x[2]|)))
 (<= ?x68 %defabsexp1)))
(assert
 (let ((?x73 (* (- 1.0) |x[2]|)))
 (let ((?x72 (+ 1.0 ?x73)))
 (let ((?x75 (* %defabsexp1 ?x72)))
 (<= ?x75 1.0)))))
(assert
 (let (($x85 (< %defabsexp1 1.0)))
 (let (($x84 (< |x[2]| 0.0)))
 (=> $x84 $x85))))
(assert
 (let (($x97 (= 1.0 %defabsexp1)))
 (let (($x96 (= 0.0 |x[2]|)))
 (=> $x96 $x97))))
(assert
 (let (($x104 (< 1.0 %defabsexp1)))
 (let (($x103 (< 0.0 |x[2]|)))
 (=> $x103 $x104))))
(assert
 (< 0.0 %defabsexp2))
(assert
 (let ((?x115 (+ 1.0 |x[1]|)))
 (<= ?x115 %defabsexp2)))
(assert
 (let ((?x119 (* (- 1.0) |x[1]|)))
 (let ((?x118 (+ 1.0 ?x119)))
 (let ((?x121 (* %defabsexp2 ?x118)))
 (<= ?x121 1.0)))))
(assert
 (let (($x131 (< %defabsexp2 1.0)))
 (let (($x130 (< |x[1]| 0.0)))
 (=> $x130 $x131))))
(assert
 (let (($x143 (= 1.0 %defabsexp2)))
 (let (($x142 (= 0.0 |x[1]|)))
 (=> $x142 $x143))))
(assert
 (let (($x150 (< 1.0 %defabsexp2)))
 (let (($x149 (< 0.0 |x[1]|)))
 (=> $x149 $x150))))
(assert
 (let (($x158 (<= %defabsexp1 %defabsexp2)))
 (let (($x157 (<= |x[2]| |x[1]|)))
 (=> $x157 $x158))))
(assert
 (let (($x168 (< %defabsexp1 %defabsexp2)))
 (let (($x167 (< |x[2]| |x[1]|)))
 (=> $x167 $x168))))
(assert
 (let (($x174 (<= %defabsexp2 %defabsexp1)))
 (let (($x170 (<= |x[1]| |x[2]|)))
 (=> $x170 $x174))))
(assert
 (let (($x182 (< %defabsexp2 %defabsexp1)))
 (let (($x181 (< |x[1]| |x[2]|)))
 (=> $x181 $x182))))
(assert
 (let ((?x8 (+ %defabsexp1 %defabsexp2)))
 (let ((?x188 (* %defaux1 ?x8)))
 (let (($x189 (= 1.0 ?x188)))
 (let (($x9 (= 0.0 ?x8)))
 (let (($x10 (not $x9)))
 (=> $x10 $x189)))))))
(check-sat)
