; lionk case query: d=1 case 4/8: a[1]*theta + b[1]*(1 - theta) >= 0, a[1] < 0, b[1] < 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |b[1]| () Real)
(declare-fun |a[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x36 (* |b[1]| ?x35)))
 (let ((?x30 (* |a[1]| theta)))
 (let ((?x37 (+ ?x30 ?x36)))
 (<= 0.0 ?x37)))))))
(assert
 (< |a[1]| 0.0))
(assert
 (< |b[1]| 0.0))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x64 (<= |a[1]| B)))
 (let ((?x62 (* (- 1.0) B)))
 (let (($x63 (<= ?x62 |a[1]|)))
 (and $x63 $x64)))))
(assert
 (let (($x72 (<= |b[1]| B)))
 (let ((?x62 (* (- 1.0) B)))
 (let (($x71 (<= ?x62 |b[1]|)))
 (and $x71 $x72)))))
(assert
 (let ((?x87 (* |a[1]| |a[1]|)))
 (let ((?x88 (* (/ 1.0 2.0) ?x87)))
 (let ((?x69 (* (- 1.0) |a[1]|)))
 (let ((?x89 (+ ?x69 ?x88)))
 (let ((?x90 (* theta ?x89)))
 (let ((?x83 (* |b[1]| |b[1]|)))
 (let ((?x84 (* (/ 1.0 2.0) ?x83)))
 (let ((?x77 (* (- 1.0) |b[1]|)))
 (let ((?x85 (+ ?x77 ?x84)))
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x86 (* ?x35 ?x85)))
 (let ((?x91 (+ ?x86 ?x90)))
 (let ((?x36 (* |b[1]| ?x35)))
 (let ((?x30 (* |a[1]| theta)))
 (let ((?x37 (+ ?x30 ?x36)))
 (let ((?x80 (* ?x37 ?x37)))
 (let ((?x81 (* (/ 1.0 2.0) ?x80)))
 (let ((?x82 (+ ?x30 ?x36 ?x81)))
 (let (($x92 (<= ?x82 ?x91)))
 (not $x92))))))))))))))))))))))
(check-sat)
