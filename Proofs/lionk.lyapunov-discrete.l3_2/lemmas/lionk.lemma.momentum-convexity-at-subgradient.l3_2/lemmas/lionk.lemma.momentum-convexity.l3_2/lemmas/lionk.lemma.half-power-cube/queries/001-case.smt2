; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |h[1]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun |w[1]| () Real)
(assert
 (<= 0.0 |h[1]|))
(assert
 (let ((?x29 (* |h[1]| |h[1]| |h[1]| |h[1]|)))
 (let ((?x27 (* |u[1]| |u[1]|)))
 (= ?x27 ?x29))))
(assert
 (<= 0.0 |w[1]|))
(assert
 (let ((?x39 (* |w[1]| |w[1]| |w[1]| |w[1]|)))
 (let ((?x37 (* |u[1]| |u[1]| |u[1]| |u[1]| |u[1]| |u[1]|)))
 (= ?x37 ?x39))))
(assert
 (let ((?x44 (* |h[1]| |h[1]| |h[1]|)))
 (let (($x45 (= |w[1]| ?x44)))
 (not $x45))))
(check-sat)
