; lionk case query: d=1 case 3/6: a[1]*theta + b[1]*(1 - theta) >= 0, a[1] < 0, b[1] < 0
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
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x36 (* |b[1]| ?x35)))
 (let ((?x30 (* |a[1]| theta)))
 (let ((?x37 (+ ?x30 ?x36)))
 (let (($x79 (<= ?x37 0.0)))
 (not $x79))))))))
(check-sat)
