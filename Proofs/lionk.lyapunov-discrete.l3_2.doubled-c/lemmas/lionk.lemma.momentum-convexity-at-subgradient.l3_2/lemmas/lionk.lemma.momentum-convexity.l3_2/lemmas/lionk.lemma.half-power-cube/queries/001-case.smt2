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
 (let ((?x10 (* |h[1]| |h[1]| |h[1]| |h[1]|)))
 (let ((?x9 (* |u[1]| |u[1]|)))
 (= ?x9 ?x10))))
(assert
 (<= 0.0 |w[1]|))
(assert
 (let ((?x15 (* |w[1]| |w[1]| |w[1]| |w[1]|)))
 (let ((?x14 (* |u[1]| |u[1]| |u[1]| |u[1]| |u[1]| |u[1]|)))
 (= ?x14 ?x15))))
(assert
 (let ((?x17 (* |h[1]| |h[1]| |h[1]|)))
 (let (($x18 (= |w[1]| ?x17)))
 (not $x18))))
(check-sat)
