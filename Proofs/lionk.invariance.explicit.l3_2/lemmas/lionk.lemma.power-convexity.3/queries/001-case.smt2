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
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x36 (* |v[1]| ?x35)))
 (let ((?x31 (* theta |u[1]|)))
 (let ((?x37 (+ ?x31 ?x36)))
 (= |mid[1]| ?x37)))))))
(assert
 (<= 0.0 |zu[1]|))
(assert
 (let ((?x56 (* |zu[1]| |zu[1]|)))
 (let ((?x54 (* |u[1]| |u[1]| |u[1]| |u[1]| |u[1]| |u[1]|)))
 (= ?x54 ?x56))))
(assert
 (<= 0.0 |zv[1]|))
(assert
 (let ((?x65 (* |zv[1]| |zv[1]|)))
 (let ((?x63 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (= ?x63 ?x65))))
(assert
 (<= 0.0 |zmid[1]|))
(assert
 (let ((?x74 (* |mid[1]| |mid[1]| |mid[1]| |mid[1]| |mid[1]| |mid[1]|)))
 (let ((?x72 (* |zmid[1]| |zmid[1]|)))
 (= ?x72 ?x74))))
(assert
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x80 (* |zv[1]| ?x35)))
 (let ((?x79 (* theta |zu[1]|)))
 (let ((?x81 (+ ?x79 ?x80)))
 (let (($x82 (<= |zmid[1]| ?x81)))
 (not $x82))))))))
(check-sat)
