; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun %absexp1 () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x8 (* %absexp1 %aux1)))
 (= 1.0 ?x8)))
(assert
 (let ((?x8 (* %absexp1 %aux1)))
 (let (($x9 (= 1.0 ?x8)))
 (let (($x29 (<= 0.0 ?x8)))
 (let (($x31 (and $x29 $x9)))
 (not $x31))))))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x40 (+ 1.0 |x[1]|)))
 (<= ?x40 %absexp1)))
(assert
 (let ((?x45 (* (- 1.0) |x[1]|)))
 (let ((?x44 (+ 1.0 ?x45)))
 (let ((?x47 (* %absexp1 ?x44)))
 (<= ?x47 1.0)))))
(assert
 (let (($x57 (< %absexp1 1.0)))
 (let (($x56 (< |x[1]| 0.0)))
 (=> $x56 $x57))))
(assert
 (let (($x69 (= 1.0 %absexp1)))
 (let (($x68 (= 0.0 |x[1]|)))
 (=> $x68 $x69))))
(assert
 (let (($x76 (< 1.0 %absexp1)))
 (let (($x75 (< 0.0 |x[1]|)))
 (=> $x75 $x76))))
(check-sat)
