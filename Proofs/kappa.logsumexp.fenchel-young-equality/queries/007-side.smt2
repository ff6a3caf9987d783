; lionk side query: side: %absexp1 + %absexp4 > 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %absexp4 () Real)
(declare-fun |x[2]| () Real)
(declare-fun %abslog5 () Real)
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x30 (+ 1.0 |x[1]|)))
 (<= ?x30 %absexp1)))
(assert
 (let ((?x35 (* (- 1.0) |x[1]|)))
 (let ((?x34 (+ 1.0 ?x35)))
 (let ((?x37 (* %absexp1 ?x34)))
 (<= ?x37 1.0)))))
(assert
 (let (($x47 (< %absexp1 1.0)))
 (let (($x46 (< |x[1]| 0.0)))
 (=> $x46 $x47))))
(assert
 (let (($x59 (= 1.0 %absexp1)))
 (let (($x58 (= 0.0 |x[1]|)))
 (=> $x58 $x59))))
(assert
 (let (($x66 (< 1.0 %absexp1)))
 (let (($x65 (< 0.0 |x[1]|)))
 (=> $x65 $x66))))
(assert
 (< 0.0 %absexp4))
(assert
 (let ((?x78 (+ 1.0 |x[2]|)))
 (<= ?x78 %absexp4)))
(assert
 (let ((?x82 (* (- 1.0) |x[2]|)))
 (let ((?x81 (+ 1.0 ?x82)))
 (let ((?x84 (* %absexp4 ?x81)))
 (<= ?x84 1.0)))))
(assert
 (let (($x94 (< %absexp4 1.0)))
 (let (($x93 (< |x[2]| 0.0)))
 (=> $x93 $x94))))
(assert
 (let (($x106 (= 1.0 %absexp4)))
 (let (($x105 (= 0.0 |x[2]|)))
 (=> $x105 $x106))))
(assert
 (let (($x113 (< 1.0 %absexp4)))
 (let (($x112 (< 0.0 |x[2]|)))
 (=> $x112 $x113))))
(assert
 (let (($x121 (<= %absexp1 %absexp4)))
 (let (($x120 (<= |x[1]| |x[2]|)))
 (=> $x120 $x121))))
(assert
 (let (($x131 (< %absexp1 %absexp4)))
 (let (($x130 (< |x[1]| |x[2]|)))
 (=> $x130 $x131))))
(assert
 (let (($x137 (<= %absexp4 %absexp1)))
 (let (($x133 (<= |x[2]| |x[1]|)))
 (=> $x133 $x137))))
(assert
 (let (($x145 (< %absexp4 %absexp1)))
 (let (($x144 (< |x[2]| |x[1]|)))
 (=> $x144 $x145))))
(assert
 (let ((?x154 (+ (- 1.0) %absexp1 %absexp4)))
 (let (($x155 (<= %abslog5 ?x154)))
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x155))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let ((?x163 (* %abslog5 ?x151)))
 (let ((?x154 (+ (- 1.0) %absexp1 %absexp4)))
 (let (($x164 (<= ?x154 ?x163)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x164)))))))
(assert
 (let (($x179 (< %abslog5 0.0)))
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let (($x177 (< ?x151 1.0)))
 (let (($x152 (< 0.0 ?x151)))
 (let (($x178 (and $x152 $x177)))
 (=> $x178 $x179)))))))
(assert
 (let (($x193 (= 0.0 %abslog5)))
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let (($x192 (= 1.0 ?x151)))
 (=> $x192 $x193)))))
(assert
 (let (($x200 (< 0.0 %abslog5)))
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let (($x199 (< 1.0 ?x151)))
 (=> $x199 $x200)))))
(assert
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let ((?x208 (* ?x151 ?x151)))
 (let ((?x211 (* 2.0 %abslog5)))
 (let ((?x35 (* (- 1.0) |x[1]|)))
 (let ((?x212 (+ ?x35 ?x211)))
 (let ((?x213 (* ?x212 ?x208)))
 (let ((?x207 (* (- 1.0) %absexp1)))
 (let ((?x209 (+ ?x207 ?x208)))
 (let (($x214 (<= ?x209 ?x213)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x214))))))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let ((?x208 (* ?x151 ?x151)))
 (let ((?x82 (* (- 1.0) |x[2]|)))
 (let ((?x211 (* 2.0 %abslog5)))
 (let ((?x253 (+ ?x211 ?x82)))
 (let ((?x254 (* ?x253 ?x208)))
 (let ((?x125 (* (- 1.0) %absexp4)))
 (let ((?x252 (+ ?x125 ?x208)))
 (let (($x255 (<= ?x252 ?x254)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x255))))))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let ((?x280 (* %absexp1 ?x151)))
 (let ((?x82 (* (- 1.0) |x[2]|)))
 (let ((?x278 (+ 1.0 |x[1]| ?x82)))
 (let ((?x279 (* %absexp4 ?x151 ?x278)))
 (let (($x281 (<= ?x279 ?x280)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x281)))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp4)))
 (let ((?x302 (* %absexp4 ?x151)))
 (let ((?x35 (* (- 1.0) |x[1]|)))
 (let ((?x300 (+ 1.0 |x[2]| ?x35)))
 (let ((?x301 (* %absexp1 ?x151 ?x300)))
 (let (($x303 (<= ?x301 ?x302)))
 (let (($x152 (< 0.0 ?x151)))
 (=> $x152 $x303)))))))))
(assert
 (let ((?x151 (+ %absexp1 %absexp4)))
 (<= ?x151 0.0)))
(check-sat)
