; lionk case query: d=1 case 8/8: u[1] < 0, v[1] < 0, mid[1] < 0
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
 (< |u[1]| 0.0))
(assert
 (< |v[1]| 0.0))
(assert
 (< |mid[1]| 0.0))
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
 (let ((?x26 (* |u[1]| |u[1]| |u[1]|)))
 (let ((?x27 (* (- 1.0) ?x26)))
 (let ((?x25 (* |zu[1]| |zu[1]|)))
 (= ?x25 ?x27)))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x32 (* |v[1]| |v[1]| |v[1]|)))
 (let ((?x33 (* (- 1.0) ?x32)))
 (let ((?x31 (* |zv[1]| |zv[1]|)))
 (= ?x31 ?x33)))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x38 (* |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x39 (* (- 1.0) ?x38)))
 (let ((?x37 (* |zmid[1]| |zmid[1]|)))
 (= ?x37 ?x39)))))
(assert
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x42 (* |zv[1]| ?x19)))
 (let ((?x41 (* theta |zu[1]|)))
 (let ((?x43 (+ ?x41 ?x42)))
 (let (($x44 (<= |zmid[1]| ?x43)))
 (not $x44))))))))
(check-sat)
