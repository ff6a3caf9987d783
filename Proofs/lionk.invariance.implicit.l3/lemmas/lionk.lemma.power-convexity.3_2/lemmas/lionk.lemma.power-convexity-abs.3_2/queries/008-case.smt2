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
 (let ((?x49 (* (- 1.0) theta)))
 (let ((?x50 (+ 1.0 ?x49)))
 (let ((?x51 (* |v[1]| ?x50)))
 (let ((?x47 (* theta |u[1]|)))
 (let ((?x52 (+ ?x47 ?x51)))
 (= |mid[1]| ?x52)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x69 (* |u[1]| |u[1]| |u[1]|)))
 (let ((?x70 (* (- 1.0) ?x69)))
 (let ((?x67 (* |zu[1]| |zu[1]|)))
 (= ?x67 ?x70)))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x78 (* |v[1]| |v[1]| |v[1]|)))
 (let ((?x79 (* (- 1.0) ?x78)))
 (let ((?x76 (* |zv[1]| |zv[1]|)))
 (= ?x76 ?x79)))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x87 (* |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x88 (* (- 1.0) ?x87)))
 (let ((?x85 (* |zmid[1]| |zmid[1]|)))
 (= ?x85 ?x88)))))
(assert
 (let ((?x49 (* (- 1.0) theta)))
 (let ((?x50 (+ 1.0 ?x49)))
 (let ((?x93 (* |zv[1]| ?x50)))
 (let ((?x92 (* theta |zu[1]|)))
 (let ((?x94 (+ ?x92 ?x93)))
 (let (($x95 (<= |zmid[1]| ?x94)))
 (not $x95))))))))
(check-sat)
