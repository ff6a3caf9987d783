; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |x[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |y[1]| () Real)
(declare-fun |s[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x29 (* %aux1 %aux1)))
 (let ((?x27 (* |x[1]| |x[1]|)))
 (= ?x27 ?x29))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x40 (* %aux2 %aux2)))
 (let ((?x39 (* |y[1]| |y[1]|)))
 (= ?x39 ?x40))))
(assert
 (let ((?x46 (* |s[1]| |s[1]|)))
 (let ((?x27 (* |x[1]| |x[1]|)))
 (let ((?x51 (* ?x27 ?x46)))
 (let (($x52 (= ?x27 ?x51)))
 (let ((?x49 (* |s[1]| |x[1]|)))
 (let (($x50 (<= 0.0 ?x49)))
 (let (($x48 (<= ?x46 1.0)))
 (and $x48 $x50 $x52)))))))))
(assert
 (let ((?x60 (* (- 1.0) |x[1]|)))
 (let ((?x61 (+ |y[1]| ?x60)))
 (let ((?x62 (* |s[1]| ?x61)))
 (let ((?x63 (+ %aux1 ?x62)))
 (let (($x64 (<= ?x63 %aux2)))
 (not $x64)))))))
(check-sat)
