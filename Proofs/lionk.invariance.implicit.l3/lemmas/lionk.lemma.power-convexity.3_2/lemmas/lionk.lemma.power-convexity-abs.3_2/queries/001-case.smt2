; lionk case query: d=1 case 1/8: u[1] >= 0, v[1] >= 0, mid[1] >= 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |u[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun |mid[1]| () Real)
(declare-fun theta () Real)
(declare-fun |zu[1]| () Real)
(declare-fun |zv[1]| () Real)
(declare-fun |zmid[1]| () Real)
(assert
 (<= 0.0 |u[1]|))
(assert
 (<= 0.0 |v[1]|))
(assert
 (<= 0.0 |mid[1]|))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let ((?x40 (* (- 1.0) theta)))
 (let ((?x41 (+ 1.0 ?x40)))
 (let ((?x42 (* |v[1]| ?x41)))
 (let ((?x38 (* theta |u[1]|)))
 (let ((?x43 (+ ?x38 ?x42)))
 (= |mid[1]| ?x43)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x60 (* |zu[1]| |zu[1]|)))
 (let ((?x58 (* |u[1]| |u[1]| |u[1]|)))
 (= ?x58 ?x60))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x69 (* |zv[1]| |zv[1]|)))
 (let ((?x67 (* |v[1]| |v[1]| |v[1]|)))
 (= ?x67 ?x69))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x78 (* |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x76 (* |zmid[1]| |zmid[1]|)))
 (= ?x76 ?x78))))
(assert
 (let ((?x40 (* (- 1.0) theta)))
 (let ((?x41 (+ 1.0 ?x40)))
 (let ((?x84 (* |zv[1]| ?x41)))
 (let ((?x83 (* theta |zu[1]|)))
 (let ((?x85 (+ ?x83 ?x84)))
 (let (($x86 (<= |zmid[1]| ?x85)))
 (not $x86))))))))
(check-sat)
