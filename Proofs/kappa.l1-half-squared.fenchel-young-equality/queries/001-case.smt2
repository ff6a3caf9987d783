; lionk case query: d=1 case 1/9: x[1] > 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x29 (+ 1.0 |x[1]|)))
 (<= ?x29 (- 1.0))))
(assert
 (let ((?x39 (+ 2.0 |x[1]|)))
 (let ((?x40 (* ?x39 ?x39)))
 (let ((?x41 (* (/ 1.0 2.0) ?x40)))
 (let ((?x36 (* |x[1]| |x[1]|)))
 (let ((?x37 (* (/ 1.0 2.0) ?x36)))
 (let ((?x42 (+ |x[1]| ?x37 ?x41)))
 (let ((?x29 (+ 1.0 |x[1]|)))
 (let ((?x34 (* |x[1]| ?x29)))
 (let (($x43 (= ?x34 ?x42)))
 (not $x43)))))))))))
(check-sat)
