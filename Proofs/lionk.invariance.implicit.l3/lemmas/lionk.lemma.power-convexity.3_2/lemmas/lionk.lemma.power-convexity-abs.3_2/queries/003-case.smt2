; lionk case query: d=1 case 3/8: u[1] >= 0, v[1] < 0, mid[1] >= 0
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
 (< |v[1]| 0.0))
(assert
 (<= 0.0 |mid[1]|))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let ((?x43 (* (- 1.0) theta)))
 (let ((?x44 (+ 1.0 ?x43)))
 (let ((?x45 (* |v[1]| ?x44)))
 (let ((?x41 (* theta |u[1]|)))
 (let ((?x46 (+ ?x41 ?x45)))
 (= |mid[1]| ?x46)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x63 (* |zu[1]| |zu[1]|)))
 (let ((?x61 (* |u[1]| |u[1]| |u[1]|)))
 (= ?x61 ?x63))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x72 (* |v[1]| |v[1]| |v[1]|)))
 (let ((?x73 (* (- 1.0) ?x72)))
 (let ((?x70 (* |zv[1]| |zv[1]|)))
 (= ?x70 ?x73)))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x81 (* |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x79 (* |zmid[1]| |zmid[1]|)))
 (= ?x79 ?x81))))
(assert
 (let ((?x43 (* (- 1.0) theta)))
 (let ((?x44 (+ 1.0 ?x43)))
 (let ((?x87 (* |zv[1]| ?x44)))
 (let ((?x86 (* theta |zu[1]|)))
 (let ((?x88 (+ ?x86 ?x87)))
 (let (($x89 (<= |zmid[1]| ?x88)))
 (not $x89))))))))
(check-sat)
