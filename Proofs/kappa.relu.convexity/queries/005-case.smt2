; lionk case query: d=1 case 5/6: a[1]*theta + b[1]*(1 - theta) < 0, a[1] >= 0, b[1] < 0
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
 (let ((?x28 (* |a[1]| theta)))
 (let (($x79 (<= 0.0 ?x28)))
 (not $x79))))
(check-sat)
