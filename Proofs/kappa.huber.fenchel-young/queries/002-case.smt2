; lionk case query: d=1 case 2/3: clip as min(max(·)), max = x[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (<= 1.0 |x[1]|))
(assert
 (let (($x12 (<= |y[1]| 1.0)))
 (let (($x11 (<= (- 1.0) |y[1]|)))
 (and $x11 $x12))))
(assert
 (let ((?x17 (* |y[1]| |y[1]|)))
 (let ((?x18 (* (/ 1.0 2.0) ?x17)))
 (let ((?x19 (+ (- (/ 1.0 2.0)) |x[1]| ?x18)))
 (let ((?x14 (* |x[1]| |y[1]|)))
 (let (($x20 (<= ?x14 ?x19)))
 (not $x20)))))))
(check-sat)
