; lionk case query: d=1 case 4/6: a[1]*theta + b[1]*(1 - theta) < 0, a[1] >= 0, b[1] >= 0
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
 (<= 0.0 |a[1]|))
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
 (let ((?x33 (* (- 1.0) theta)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x35 (* |b[1]| ?x34)))
 (let ((?x28 (* |a[1]| theta)))
 (let ((?x36 (+ ?x28 ?x35)))
 (let ((?x77 (* (- 1.0) |b[1]| ?x34)))
 (let ((?x76 (* (- 1.0) |a[1]| theta)))
 (let ((?x78 (+ ?x76 ?x77)))
 (let (($x79 (<= ?x78 ?x36)))
 (not $x79)))))))))))
(check-sat)
