; lionk case query: d=1 case 1/6: x[1] >= 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= 0.0 |x[1]|))
(assert
 (<= |y[1]| (- 1.0)))
(assert
 true)
(assert
 (let ((?x35 (+ 1.0 |y[1]|)))
 (let ((?x36 (* ?x35 ?x35)))
 (let ((?x37 (* (/ 1.0 2.0) ?x36)))
 (let ((?x32 (* |x[1]| |x[1]|)))
 (let ((?x33 (* (/ 1.0 2.0) ?x32)))
 (let ((?x38 (+ |x[1]| ?x33 ?x37)))
 (let ((?x30 (* |x[1]| |y[1]|)))
 (let (($x39 (<= ?x30 ?x38)))
 (not $x39))))))))))
(check-sat)
