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
 (let ((?x30 (+ 1.0 |x[2]|)))
 (<= ?x30 %absexp5)))
(assert
 (let ((?x35 (* (- 1.0) |x[2]|)))
 (let ((?x34 (+ 1.0 ?x35)))
 (let ((?x37 (* %absexp5 ?x34)))
 (<= ?x37 1.0)))))
(assert
 (let (($x47 (< %absexp5 1.0)))
 (let (($x46 (< |x[2]| 0.0)))
 (=> $x46 $x47))))
(assert
 (let (($x59 (= 1.0 %absexp5)))
 (let (($x58 (= 0.0 |x[2]|)))
 (=> $x58 $x59))))
(assert
 (let (($x66 (< 1.0 %absexp5)))
 (let (($x65 (< 0.0 |x[2]|)))
 (=> $x65 $x66))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x78 (+ 1.0 |x[1]|)))
 (<= ?x78 %absexp1)))
(assert
 (let ((?x82 (* (- 1.0) |x[1]|)))
 (let ((?x81 (+ 1.0 ?x82)))
 (let ((?x84 (* %absexp1 ?x81)))
 (<= ?x84 1.0)))))
(assert
 (let (($x94 (< %absexp1 1.0)))
 (let (($x93 (< |x[1]| 0.0)))
 (=> $x93 $x94))))
(assert
 (let (($x106 (= 1.0 %absexp1)))
 (let (($x105 (= 0.0 |x[1]|)))
 (=> $x105 $x106))))
(assert
 (let (($x113 (< 1.0 %absexp1)))
 (let (($x112 (< 0.0 |x[1]|)))
 (=> $x112 $x113))))
(assert
 (let (($x121 (<= %absexp5 %absexp1)))
 (let (($x120 (<= |x[2]| |x[1]|)))
 (=> $x120 $x121))))
(assert
 (let (($x131 (< %absexp5 %absexp1)))
 (let (($x130 (< |x[2]| |x[1]|)))
 (=> $x130 $x131))))
(assert
 (let (($x137 (<= %absexp1 %absexp5)))
 (let (($x133 (<= |x[1]| |x[2]|)))
 (=> $x133 $x137))))
(assert
 (let (($x145 (< %absexp1 %absexp5)))
 (let (($x144 (< |x[1]| |x[2]|)))
 (=> $x144 $x145))))
(assert
 (let ((?x154 (+ (- 1.0) %absexp1 %absexp5)))
 (let (($x155 (<= %abslog6 ?x154)))
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x155))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let ((?x165 (* %abslog6 ?x151)))
 (let ((?x154 (+ (- 1.0) %absexp1 %absexp5)))
 (let (($x166 (<= ?x154 ?x165)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x166)))))))
(assert
 (let (($x181 (< %abslog6 0.0)))
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let (($x179 (< ?x151 1.0)))
 (let (($x152 (< 0.0 ?x151)))
 (let (($x180 (and $x152 $x179)))
 (=> $x180 $x181)))))))
(assert
 (let (($x195 (= 0.0 %abslog6)))
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let (($x194 (= 1.0 ?x151)))
 (=> $x194 $x195)))))
(assert
 (let (($x202 (< 0.0 %abslog6)))
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let (($x201 (< 1.0 ?x151)))
 (=> $x201 $x202)))))
(assert
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let ((?x210 (* ?x151 ?x151)))
 (let ((?x35 (* (- 1.0) |x[2]|)))
 (let ((?x213 (* 2.0 %abslog6)))
 (let ((?x214 (+ ?x213 ?x35)))
 (let ((?x215 (* ?x214 ?x210)))
 (let ((?x209 (* (- 1.0) %absexp5)))
 (let ((?x211 (+ ?x209 ?x210)))
 (let (($x216 (<= ?x211 ?x215)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x216))))))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let ((?x210 (* ?x151 ?x151)))
 (let ((?x213 (* 2.0 %abslog6)))
 (let ((?x82 (* (- 1.0) |x[1]|)))
 (let ((?x256 (+ ?x82 ?x213)))
 (let ((?x257 (* ?x256 ?x210)))
 (let ((?x125 (* (- 1.0) %absexp1)))
 (let ((?x255 (+ ?x125 ?x210)))
 (let (($x258 (<= ?x255 ?x257)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x258))))))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let ((?x282 (* %absexp5 ?x151)))
 (let ((?x82 (* (- 1.0) |x[1]|)))
 (let ((?x280 (+ 1.0 |x[2]| ?x82)))
 (let ((?x281 (* %absexp1 ?x151 ?x280)))
 (let (($x283 (<= ?x281 ?x282)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x283)))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp5)))
 (let ((?x304 (* %absexp1 ?x151)))
 (let ((?x35 (* (- 1.0) |x[2]|)))
 (let ((?x302 (+ 1.0 |x[1]| ?x35)))
 (let ((?x303 (* %absexp5 ?x151 ?x302)))
 (let (($x305 (<= ?x303 ?x304)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x305)))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp5)))
 (<= ?x151 0.0)))
(check-sat)
