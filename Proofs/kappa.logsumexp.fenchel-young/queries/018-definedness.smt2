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
 (let ((?x22 (+ 1.0 |x[2]|)))
 (<= ?x22 %defabsexp1)))
(assert
 (let ((?x25 (* (- 1.0) |x[2]|)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x27 (* %defabsexp1 ?x26)))
 (<= ?x27 1.0)))))
(assert
 (let (($x30 (< %defabsexp1 1.0)))
 (let (($x29 (< |x[2]| 0.0)))
 (=> $x29 $x30))))
(assert
 (let (($x33 (= 1.0 %defabsexp1)))
 (let (($x32 (= 0.0 |x[2]|)))
 (=> $x32 $x33))))
(assert
 (let (($x36 (< 1.0 %defabsexp1)))
 (let (($x35 (< 0.0 |x[2]|)))
 (=> $x35 $x36))))
(assert
 (< 0.0 %defabsexp2))
(assert
 (let ((?x40 (+ 1.0 |x[1]|)))
 (<= ?x40 %defabsexp2)))
(assert
 (let ((?x42 (* (- 1.0) |x[1]|)))
 (let ((?x43 (+ 1.0 ?x42)))
 (let ((?x44 (* %defabsexp2 ?x43)))
 (<= ?x44 1.0)))))
(assert
 (let (($x47 (< %defabsexp2 1.0)))
 (let (($x46 (< |x[1]| 0.0)))
 (=> $x46 $x47))))
(assert
 (let (($x50 (= 1.0 %defabsexp2)))
 (let (($x49 (= 0.0 |x[1]|)))
 (=> $x49 $x50))))
(assert
 (let (($x53 (< 1.0 %defabsexp2)))
 (let (($x52 (< 0.0 |x[1]|)))
 (=> $x52 $x53))))
(assert
 (let (($x56 (<= %defabsexp1 %defabsexp2)))
 (let (($x55 (<= |x[2]| |x[1]|)))
 (=> $x55 $x56))))
(assert
 (let (($x59 (< %defabsexp1 %defabsexp2)))
 (let (($x58 (< |x[2]| |x[1]|)))
 (=> $x58 $x59))))
(assert
 (let (($x62 (<= %defabsexp2 %defabsexp1)))
 (let (($x61 (<= |x[1]| |x[2]|)))
 (=> $x61 $x62))))
(assert
 (let (($x65 (< %defabsexp2 %defabsexp1)))
 (let (($x64 (< |x[1]| |x[2]|)))
 (=> $x64 $x65))))
(check-sat)
