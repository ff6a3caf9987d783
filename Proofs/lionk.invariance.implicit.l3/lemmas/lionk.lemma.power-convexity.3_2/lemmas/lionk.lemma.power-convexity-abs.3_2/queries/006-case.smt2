; lionk case query: d=1 case 6/8: u[1] < 0, v[1] >= 0, mid[1] < 0
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
 (<= 0.0 |v[1]|))
(assert
 (< |mid[1]| 0.0))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let ((?x46 (* (- 1.0) theta)))
 (let ((?x47 (+ 1.0 ?x46)))
 (let ((?x48 (* |v[1]| ?x47)))
 (let ((?x44 (* theta |u[1]|)))
 (let ((?x49 (+ ?x44 ?x48)))
 (= |mid[1]| ?x49)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x66 (* |u[1]| |u[1]| |u[1]|)))
 (let ((?x67 (* (- 1.0) ?x66)))
 (let ((?x64 (* |zu[1]| |zu[1]|)))
 (= ?x64 ?x67)))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x75 (* |zv[1]| |zv[1]|)))
 (let ((?x73 (* |v[1]| |v[1]| |v[1]|)))
 (= ?x73 ?x75))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x84 (* |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x85 (* (- 1.0) ?x84)))
 (let ((?x82 (* |zmid[1]| |zmid[1]|)))
 (= ?x82 ?x85)))))
(assert
 (let ((?x46 (* (- 1.0) theta)))
 (let ((?x47 (+ 1.0 ?x46)))
 (let ((?x90 (* |zv[1]| ?x47)))
 (let ((?x89 (* theta |zu[1]|)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let (($x92 (<= |zmid[1]| ?x91)))
 (not $x92))))))))
(check-sat)
