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
 (let (($x11 (< 0.0 ?x8)))
 (not $x11))))
(assert
 (let ((?x15 (* %absexp1 %aux1 |x[1]|)))
 (let (($x16 (= %abslog2 ?x15)))
 (not $x16))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x19 (+ 1.0 |x[1]|)))
 (<= ?x19 %absexp1)))
(assert
 (let ((?x22 (* (- 1.0) |x[1]|)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x24 (* %absexp1 ?x23)))
 (<= ?x24 1.0)))))
(assert
 (let (($x27 (< %absexp1 1.0)))
 (let (($x26 (< |x[1]| 0.0)))
 (=> $x26 $x27))))
(assert
 (let (($x30 (= 1.0 %absexp1)))
 (let (($x29 (= 0.0 |x[1]|)))
 (=> $x29 $x30))))
(assert
 (let (($x33 (< 1.0 %absexp1)))
 (let (($x32 (< 0.0 |x[1]|)))
 (=> $x32 $x33))))
(assert
 (let ((?x35 (+ (- 1.0) %absexp1)))
 (let (($x36 (<= %abslog2 ?x35)))
 (let (($x18 (< 0.0 %absexp1)))
 (=> $x18 $x36)))))
(assert
 (let ((?x38 (* %absexp1 %abslog2)))
 (let ((?x35 (+ (- 1.0) %absexp1)))
 (let (($x39 (<= ?x35 ?x38)))
 (let (($x18 (< 0.0 %absexp1)))
 (=> $x18 $x39))))))
(assert
 (let (($x42 (< %abslog2 0.0)))
 (let (($x27 (< %absexp1 1.0)))
 (let (($x18 (< 0.0 %absexp1)))
 (let (($x41 (and $x18 $x27)))
 (=> $x41 $x42))))))
(assert
 (let (($x44 (= 0.0 %abslog2)))
 (let (($x30 (= 1.0 %absexp1)))
 (=> $x30 $x44))))
(assert
 (let (($x46 (< 0.0 %abslog2)))
 (let (($x33 (< 1.0 %absexp1)))
 (=> $x33 $x46))))
(assert
 (= %abslog2 |x[1]|))
(assert
 (let ((?x53 (* 2.0 %abslog2)))
 (let ((?x22 (* (- 1.0) |x[1]|)))
 (let ((?x54 (+ ?x22 ?x53)))
 (let ((?x50 (* %absexp1 %absexp1)))
 (let ((?x55 (* ?x50 ?x54)))
 (let ((?x49 (* (- 1.0) %absexp1)))
 (let ((?x51 (+ ?x49 ?x50)))
 (let (($x56 (<= ?x51 ?x55)))
 (let (($x18 (< 0.0 %absexp1)))
 (=> $x18 $x56)))))))))))
(check-sat)
