; lionk case query: d=1 case 6/6: a[1]*theta + b[1]*(1 - theta) < 0, a[1] < 0, b[1] >= 0
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
 (let ((?x14 (* (- 1.0) theta)))
 (let ((?x15 (+ 1.0 ?x14)))
 (let ((?x16 (* |b[1]| ?x15)))
 (let ((?x10 (* |a[1]| theta)))
 (let ((?x17 (+ ?x10 ?x16)))
 (< ?x17 0.0)))))))
(assert
 (< |a[1]| 0.0))
(assert
 (<= 0.0 |b[1]|))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x26 (<= |a[1]| B)))
 (let ((?x24 (* (- 1.0) B)))
 (let (($x25 (<= ?x24 |a[1]|)))
 (and $x25 $x26)))))
(assert
 (let (($x29 (<= |b[1]| B)))
 (let ((?x24 (* (- 1.0) B)))
 (let (($x28 (<= ?x24 |b[1]|)))
 (and $x28 $x29)))))
(assert
 (let ((?x14 (* (- 1.0) theta)))
 (let ((?x15 (+ 1.0 ?x14)))
 (let ((?x16 (* |b[1]| ?x15)))
 (let ((?x31 (* (- 1.0) |a[1]| theta)))
 (let ((?x34 (+ ?x31 ?x16)))
 (let ((?x32 (* (- 1.0) |b[1]| ?x15)))
 (let ((?x33 (+ ?x31 ?x32)))
 (let (($x35 (<= ?x33 ?x34)))
 (not $x35))))))))))
(check-sat)
