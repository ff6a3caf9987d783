; lionk case query: d=1 case 1/3: clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (<= |x[1]| (- 1.0)))
(assert
 (let (($x11 (<= |y[1]| 1.0)))
 (let (($x9 (<= (- 1.0) |y[1]|)))
 (and $x9 $x11))))
(assert
 (let ((?x17 (* |y[1]| |y[1]|)))
 (let ((?x18 (* (/ 1.0 2.0) ?x17)))
 (let ((?x15 (* (- 1.0) |x[1]|)))
 (let ((?x19 (+ (- (/ 1.0 2.0)) ?x15 ?x18)))
 (let ((?x13 (* |x[1]| |y[1]|)))
 (let (($x20 (<= ?x13 ?x19)))
 (not $x20))))))))
(check-sat)
