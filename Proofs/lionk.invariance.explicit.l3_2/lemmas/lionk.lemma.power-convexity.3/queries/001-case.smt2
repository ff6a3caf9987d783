; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun theta () Real)
(declare-fun |v[1]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun |mid[1]| () Real)
(declare-fun |zu[1]| () Real)
(declare-fun |zv[1]| () Real)
(declare-fun |zmid[1]| () Real)
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let ((?x15 (* (- 1.0) theta)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x17 (* |v[1]| ?x16)))
 (let ((?x12 (* theta |u[1]|)))
 (let ((?x18 (+ ?x12 ?x17)))
 (= |mid[1]| ?x18)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x23 (* |zu[1]| |zu[1]|)))
 (let ((?x22 (* |u[1]| |u[1]| |u[1]| |u[1]| |u[1]| |u[1]|)))
 (= ?x22 ?x23))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x28 (* |zv[1]| |zv[1]|)))
 (let ((?x27 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (= ?x27 ?x28))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x33 (* |mid[1]| |mid[1]| |mid[1]| |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x32 (* |zmid[1]| |zmid[1]|)))
 (= ?x32 ?x33))))
(assert
 (let ((?x15 (* (- 1.0) theta)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x36 (* |zv[1]| ?x16)))
 (let ((?x35 (* theta |zu[1]|)))
 (let ((?x37 (+ ?x35 ?x36)))
 (let (($x38 (<= |zmid[1]| ?x37)))
 (not $x38))))))))
(check-sat)
