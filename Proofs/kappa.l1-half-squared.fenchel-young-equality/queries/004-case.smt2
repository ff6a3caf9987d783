; lionk case query: d=1 case 4/9: x[1] = 0, clip as min(max(·)), max = -1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (= 0.0 |x[1]|))
(assert
 (<= |x[1]| (- 1.0)))
(assert
 (let ((?x33 (+ 1.0 |x[1]|)))
 (let ((?x34 (* ?x33 ?x33)))
 (let ((?x35 (* (/ 1.0 2.0) ?x34)))
 (let ((?x29 (* |x[1]| |x[1]|)))
 (let ((?x31 (* (/ 1.0 2.0) ?x29)))
 (let ((?x36 (+ |x[1]| ?x31 ?x35)))
 (let (($x37 (= ?x29 ?x36)))
 (not $x37)))))))))
(check-sat)
