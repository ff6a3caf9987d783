; lionk case query: d=1 case 5/9: x[1] = 0, clip as min(max(·)), max = x[1], min = 1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (< (- 1.0) |x[1]|))
(assert
 (<= 1.0 |x[1]|))
(assert
 (let ((?x37 (+ (- 1.0) |x[1]|)))
 (let ((?x38 (* ?x37 ?x37)))
 (let ((?x39 (* (/ 1.0 2.0) ?x38)))
 (let ((?x33 (* |x[1]| |x[1]|)))
 (let ((?x36 (* (/ 1.0 2.0) ?x33)))
 (let ((?x40 (+ |x[1]| ?x36 ?x39)))
 (let (($x41 (= ?x33 ?x40)))
 (not $x41)))))))))
(check-sat)
