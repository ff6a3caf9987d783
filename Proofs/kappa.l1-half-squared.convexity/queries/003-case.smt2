; lionk case query: d=1 case 3/8: a[1]*theta + b[1]*(1 - theta) >= 0, a[1] < 0, b[1] >= 0
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
 (<= 0.0 |b[1]|))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x61 (<= |a[1]| B)))
 (let ((?x59 (* (- 1.0) B)))
 (let (($x60 (<= ?x59 |a[1]|)))
 (and $x60 $x61)))))
(assert
 (let (($x69 (<= |b[1]| B)))
 (let ((?x59 (* (- 1.0) B)))
 (let (($x68 (<= ?x59 |b[1]|)))
 (and $x68 $x69)))))
(assert
 (let ((?x84 (* |b[1]| |b[1]|)))
 (let ((?x85 (* (/ 1.0 2.0) ?x84)))
 (let ((?x86 (+ |b[1]| ?x85)))
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x87 (* ?x35 ?x86)))
 (let ((?x80 (* |a[1]| |a[1]|)))
 (let ((?x81 (* (/ 1.0 2.0) ?x80)))
 (let ((?x66 (* (- 1.0) |a[1]|)))
 (let ((?x82 (+ ?x66 ?x81)))
 (let ((?x83 (* theta ?x82)))
 (let ((?x88 (+ ?x83 ?x87)))
 (let ((?x36 (* |b[1]| ?x35)))
 (let ((?x30 (* |a[1]| theta)))
 (let ((?x37 (+ ?x30 ?x36)))
 (let ((?x77 (* ?x37 ?x37)))
 (let ((?x78 (* (/ 1.0 2.0) ?x77)))
 (let ((?x79 (+ ?x30 ?x36 ?x78)))
 (let (($x89 (<= ?x79 ?x88)))
 (not $x89)))))))))))))))))))))
(check-sat)
