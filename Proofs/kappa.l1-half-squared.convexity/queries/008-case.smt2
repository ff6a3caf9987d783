; lionk case query: d=1 case 8/8: a[1]*theta + b[1]*(1 - theta) < 0, a[1] < 0, b[1] < 0
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
 (let ((?x33 (* (- 1.0) theta)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x35 (* |b[1]| ?x34)))
 (let ((?x28 (* |a[1]| theta)))
 (let ((?x36 (+ ?x28 ?x35)))
 (< ?x36 0.0)))))))
(assert
 (< |a[1]| 0.0))
(assert
 (< |b[1]| 0.0))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x67 (<= |a[1]| B)))
 (let ((?x65 (* (- 1.0) B)))
 (let (($x66 (<= ?x65 |a[1]|)))
 (and $x66 $x67)))))
(assert
 (let (($x75 (<= |b[1]| B)))
 (let ((?x65 (* (- 1.0) B)))
 (let (($x74 (<= ?x65 |b[1]|)))
 (and $x74 $x75)))))
(assert
 (let ((?x92 (* |a[1]| |a[1]|)))
 (let ((?x93 (* (/ 1.0 2.0) ?x92)))
 (let ((?x72 (* (- 1.0) |a[1]|)))
 (let ((?x94 (+ ?x72 ?x93)))
 (let ((?x95 (* theta ?x94)))
 (let ((?x88 (* |b[1]| |b[1]|)))
 (let ((?x89 (* (/ 1.0 2.0) ?x88)))
 (let ((?x80 (* (- 1.0) |b[1]|)))
 (let ((?x90 (+ ?x80 ?x89)))
 (let ((?x33 (* (- 1.0) theta)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x91 (* ?x34 ?x90)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x35 (* |b[1]| ?x34)))
 (let ((?x28 (* |a[1]| theta)))
 (let ((?x36 (+ ?x28 ?x35)))
 (let ((?x85 (* ?x36 ?x36)))
 (let ((?x86 (* (/ 1.0 2.0) ?x85)))
 (let ((?x83 (* (- 1.0) |b[1]| ?x34)))
 (let ((?x82 (* (- 1.0) |a[1]| theta)))
 (let ((?x87 (+ ?x82 ?x83 ?x86)))
 (let (($x97 (<= ?x87 ?x96)))
 (not $x97))))))))))))))))))))))))
(check-sat)
