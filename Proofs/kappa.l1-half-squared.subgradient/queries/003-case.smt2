; lionk case query: d=1 case 3/6: x[1] = 0, y[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (<= 0.0 |y[1]|))
(assert
 (let ((?x38 (* |y[1]| |y[1]|)))
 (let ((?x39 (* (/ 1.0 2.0) ?x38)))
 (let ((?x40 (+ |y[1]| ?x39)))
 (let ((?x34 (* (- 1.0) |x[1]|)))
 (let ((?x35 (+ |y[1]| ?x34)))
 (let ((?x36 (* |x[1]| ?x35)))
 (let ((?x30 (* |x[1]| |x[1]|)))
 (let ((?x32 (* (/ 1.0 2.0) ?x30)))
 (let ((?x37 (+ |x[1]| ?x32 ?x36)))
 (let (($x41 (<= ?x37 ?x40)))
 (not $x41))))))))))))
(check-sat)
