; lionk case query: d=1 case 2/2: not (0 < exp(x[1])/exp(x[1]))
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %abslog2 () Real)
(assert
 (let ((?x8 (* %absexp1 %aux1)))
 (= 1.0 ?x8)))
(assert
 (let ((?x8 (* %absexp1 %aux1)))
 (let (($x29 (< 0.0 ?x8)))
 (not $x29))))
(assert
 (let ((?x36 (* %absexp1 %aux1 |x[1]|)))
 (let (($x37 (= %abslog2 ?x36)))
 (not $x37))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x47 (+ 1.0 |x[1]|)))
 (<= ?x47 %absexp1)))
(assert
 (let ((?x51 (* (- 1.0) |x[1]|)))
 (let ((?x50 (+ 1.0 ?x51)))
 (let ((?x53 (* %absexp1 ?x50)))
 (<= ?x53 1.0)))))
(assert
 (let (($x63 (< %absexp1 1.0)))
 (let (($x62 (< |x[1]| 0.0)))
 (=> $x62 $x63))))
(assert
 (let (($x75 (= 1.0 %absexp1)))
 (let (($x74 (= 0.0 |x[1]|)))
 (=> $x74 $x75))))
(assert
 (let (($x82 (< 1.0 %absexp1)))
 (let (($x81 (< 0.0 |x[1]|)))
 (=> $x81 $x82))))
(assert
 (let ((?x89 (+ (- 1.0) %absexp1)))
 (let (($x90 (<= %abslog2 ?x89)))
 (let (($x44 (< 0.0 %absexp1)))
 (=> $x44 $x90)))))
(assert
 (let ((?x96 (* %absexp1 %abslog2)))
 (let ((?x89 (+ (- 1.0) %absexp1)))
 (let (($x97 (<= ?x89 ?x96)))
 (let (($x44 (< 0.0 %absexp1)))
 (=> $x44 $x97))))))
(assert
 (let (($x104 (< %abslog2 0.0)))
 (let (($x63 (< %absexp1 1.0)))
 (let (($x44 (< 0.0 %absexp1)))
 (let (($x103 (and $x44 $x63)))
 (=> $x103 $x104))))))
(assert
 (let (($x113 (= 0.0 %abslog2)))
 (let (($x75 (= 1.0 %absexp1)))
 (=> $x75 $x113))))
(assert
 (let (($x118 (< 0.0 %abslog2)))
 (let (($x82 (< 1.0 %absexp1)))
 (=> $x82 $x118))))
(assert
 (= %abslog2 |x[1]|))
(assert
 (let ((?x128 (* 2.0 %abslog2)))
 (let ((?x51 (* (- 1.0) |x[1]|)))
 (let ((?x129 (+ ?x51 ?x128)))
 (let ((?x125 (* %absexp1 %absexp1)))
 (let ((?x130 (* ?x125 ?x129)))
 (let ((?x124 (* (- 1.0) %absexp1)))
 (let ((?x126 (+ ?x124 ?x125)))
 (let (($x131 (<= ?x126 ?x130)))
 (let (($x44 (< 0.0 %absexp1)))
 (=> $x44 $x131)))))))))))
(check-sat)
