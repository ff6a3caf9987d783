; lionk side query: side: %absexp1 + %absexp5 > 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp5 () Real)
(declare-fun |x[2]| () Real)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %abslog6 () Real)
(assert
 (< 0.0 %absexp5))
(assert
 (let ((?x10 (+ 1.0 |x[2]|)))
 (<= ?x10 %absexp5)))
(assert
 (let ((?x13 (* (- 1.0) |x[2]|)))
 (let ((?x14 (+ 1.0 ?x13)))
 (let ((?x15 (* %absexp5 ?x14)))
 (<= ?x15 1.0)))))
(assert
 (let (($x18 (< %absexp5 1.0)))
 (let (($x17 (< |x[2]| 0.0)))
 (=> $x17 $x18))))
(assert
 (let (($x21 (= 1.0 %absexp5)))
 (let (($x20 (= 0.0 |x[2]|)))
 (=> $x20 $x21))))
(assert
 (let (($x24 (< 1.0 %absexp5)))
 (let (($x23 (< 0.0 |x[2]|)))
 (=> $x23 $x24))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x29 (+ 1.0 |x[1]|)))
 (<= ?x29 %absexp1)))
(assert
 (let ((?x31 (* (- 1.0) |x[1]|)))
 (let ((?x32 (+ 1.0 ?x31)))
 (let ((?x33 (* %absexp1 ?x32)))
 (<= ?x33 1.0)))))
(assert
 (let (($x36 (< %absexp1 1.0)))
 (let (($x35 (< |x[1]| 0.0)))
 (=> $x35 $x36))))
(assert
 (let (($x39 (= 1.0 %absexp1)))
 (let (($x38 (= 0.0 |x[1]|)))
 (=> $x38 $x39))))
(assert
 (let (($x42 (< 1.0 %absexp1)))
 (let (($x41 (< 0.0 |x[1]|)))
 (=> $x41 $x42))))
(assert
 (let (($x45 (<= %absexp5 %absexp1)))
 (let (($x44 (<= |x[2]| |x[1]|)))
 (=> $x44 $x45))))
(assert
 (let (($x48 (< %absexp5 %absexp1)))
 (let (($x47 (< |x[2]| |x[1]|)))
 (=> $x47 $x48))))
(assert
 (let (($x51 (<= %absexp1 %absexp5)))
 (let (($x50 (<= |x[1]| |x[2]|)))
 (=> $x50 $x51))))
(assert
 (let (($x54 (< %absexp1 %absexp5)))
 (let (($x53 (< |x[1]| |x[2]|)))
 (=> $x53 $x54))))
(assert
 (let ((?x59 (+ (- 1.0) %absexp1 %absexp5)))
 (let (($x60 (<= %abslog6 ?x59)))
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let (($x57 (< 0.0 ?x56)))
 (=> $x57 $x60))))))
(assert
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let ((?x62 (* %abslog6 ?x56)))
 (let ((?x59 (+ (- 1.0) %absexp1 %absexp5)))
 (let (($x63 (<= ?x59 ?x62)))
 (let (($x57 (< 0.0 ?x56)))
 (=> $x57 $x63)))))))
(assert
 (let (($x67 (< %abslog6 0.0)))
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let (($x65 (< ?x56 1.0)))
 (let (($x57 (< 0.0 ?x56)))
 (let (($x66 (and $x57 $x65)))
 (=> $x66 $x67)))))))
(assert
 (let (($x70 (= 0.0 %abslog6)))
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let (($x69 (= 1.0 ?x56)))
 (=> $x69 $x70)))))
(assert
 (let (($x73 (< 0.0 %abslog6)))
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let (($x72 (< 1.0 ?x56)))
 (=> $x72 $x73)))))
(assert
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let ((?x76 (* ?x56 ?x56)))
 (let ((?x13 (* (- 1.0) |x[2]|)))
 (let ((?x79 (* 2.0 %abslog6)))
 (let ((?x80 (+ ?x79 ?x13)))
 (let ((?x81 (* ?x80 ?x76)))
 (let ((?x75 (* (- 1.0) %absexp5)))
 (let ((?x77 (+ ?x75 ?x76)))
 (let (($x82 (<= ?x77 ?x81)))
 (let (($x57 (< 0.0 ?x56)))
 (=> $x57 $x82))))))))))))
(assert
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let ((?x76 (* ?x56 ?x56)))
 (let ((?x79 (* 2.0 %abslog6)))
 (let ((?x31 (* (- 1.0) |x[1]|)))
 (let ((?x86 (+ ?x31 ?x79)))
 (let ((?x87 (* ?x86 ?x76)))
 (let ((?x84 (* (- 1.0) %absexp1)))
 (let ((?x85 (+ ?x84 ?x76)))
 (let (($x88 (<= ?x85 ?x87)))
 (let (($x57 (< 0.0 ?x56)))
 (=> $x57 $x88))))))))))))
(assert
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let ((?x92 (* %absexp5 ?x56)))
 (let ((?x31 (* (- 1.0) |x[1]|)))
 (let ((?x90 (+ 1.0 |x[2]| ?x31)))
 (let ((?x91 (* %absexp1 ?x56 ?x90)))
 (let (($x93 (<= ?x91 ?x92)))
 (let (($x57 (< 0.0 ?x56)))
 (=> $x57 $x93)))))))))
(assert
 (let ((?x56 (+ %absexp1 %absexp5)))
 (let ((?x97 (* %absexp1 ?x56)))
 (let ((?x13 (* (- 1.0) |x[2]|)))
 (let ((?x95 (+ 1.0 |x[1]| ?x13)))
 (let ((?x96 (* %absexp5 ?x56 ?x95)))
 (let (($x98 (<= ?x96 ?x97)))
 (let (($x57 (< 0.0 ?x56)))
 (=> $x57 $x98)))))))))
(assert
 (let ((?x56 (+ %absexp1 %absexp5)))
 (<= ?x56 0.0)))
(check-sat)
