; lionk case query: d=1 case 2/2: t[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |t[1]| () Real)
(declare-fun |z[1]| () Real)
(assert
 (< |t[1]| 0.0))
(assert
 (<= 0.0 |z[1]|))
(assert
 (let ((?x33 (* |t[1]| |t[1]| |t[1]| |t[1]| |t[1]| |t[1]|)))
 (let ((?x32 (* |z[1]| |z[1]| |z[1]| |z[1]|)))
 (= ?x32 ?x33))))
(assert
 (let ((?x41 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x42 (* (- 1.0) ?x41)))
 (let ((?x40 (* |z[1]| |z[1]|)))
 (let (($x43 (= ?x40 ?x42)))
 (not $x43))))))
(check-sat)
