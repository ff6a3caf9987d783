; lionk case query: d=1 case 1/3: clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= |x[1]| (- 1.0)))
(assert
 (let (($x29 (<= |y[1]| 1.0)))
 (let (($x27 (<= (- 1.0) |y[1]|)))
 (and $x27 $x29))))
(assert
 (let ((?x36 (* |y[1]| |y[1]|)))
 (let ((?x37 (* (/ 1.0 2.0) ?x36)))
 (let ((?x34 (* (- 1.0) |x[1]|)))
 (let ((?x38 (+ (- (/ 1.0 2.0)) ?x34 ?x37)))
 (let ((?x31 (* |x[1]| |y[1]|)))
 (let (($x39 (<= ?x31 ?x38)))
 (not $x39))))))))
(check-sat)
