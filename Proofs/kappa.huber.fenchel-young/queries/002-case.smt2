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
 (let (($x33 (<= |y[1]| 1.0)))
 (let (($x32 (<= (- 1.0) |y[1]|)))
 (and $x32 $x33))))
(assert
 (let ((?x39 (* |y[1]| |y[1]|)))
 (let ((?x40 (* (/ 1.0 2.0) ?x39)))
 (let ((?x41 (+ (- (/ 1.0 2.0)) |x[1]| ?x40)))
 (let ((?x35 (* |x[1]| |y[1]|)))
 (let (($x42 (<= ?x35 ?x41)))
 (not $x42)))))))
(check-sat)
