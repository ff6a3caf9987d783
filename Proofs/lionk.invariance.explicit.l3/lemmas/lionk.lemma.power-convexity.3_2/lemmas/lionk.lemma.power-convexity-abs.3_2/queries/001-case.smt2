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
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x20 (* |v[1]| ?x19)))
 (let ((?x16 (* theta |u[1]|)))
 (let ((?x21 (+ ?x16 ?x20)))
 (= |mid[1]| ?x21)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x26 (* |zu[1]| |zu[1]|)))
 (let ((?x25 (* |u[1]| |u[1]| |u[1]|)))
 (= ?x25 ?x26))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x31 (* |zv[1]| |zv[1]|)))
 (let ((?x30 (* |v[1]| |v[1]| |v[1]|)))
 (= ?x30 ?x31))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x36 (* |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x35 (* |zmid[1]| |zmid[1]|)))
 (= ?x35 ?x36))))
(assert
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x39 (* |zv[1]| ?x19)))
 (let ((?x38 (* theta |zu[1]|)))
 (let ((?x40 (+ ?x38 ?x39)))
 (let (($x41 (<= |zmid[1]| ?x40)))
 (not $x41))))))))
(check-sat)
