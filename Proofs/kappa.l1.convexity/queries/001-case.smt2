; lionk case query: d=1 case 1/6: a[1]*theta + b[1]*(1 - theta) >= 0, a[1] >= 0, b[1] < 0
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
 (<= 0.0 |a[1]|))
(assert
 (< |b[1]| 0.0))
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
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x76 (* (- 1.0) |b[1]| ?x35)))
 (let ((?x30 (* |a[1]| theta)))
 (let ((?x77 (+ ?x30 ?x76)))
 (let ((?x36 (* |b[1]| ?x35)))
 (let ((?x37 (+ ?x30 ?x36)))
 (let (($x78 (<= ?x37 ?x77)))
 (not $x78))))))))))
(check-sat)
