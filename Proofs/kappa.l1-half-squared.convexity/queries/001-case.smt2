; lionk case query: d=1 case 1/8: a[1]*theta + b[1]*(1 - theta) >= 0, a[1] >= 0, b[1] >= 0
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
 (<= 0.0 |b[1]|))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x58 (<= |a[1]| B)))
 (let ((?x56 (* (- 1.0) B)))
 (let (($x57 (<= ?x56 |a[1]|)))
 (and $x57 $x58)))))
(assert
 (let (($x66 (<= |b[1]| B)))
 (let ((?x56 (* (- 1.0) B)))
 (let (($x65 (<= ?x56 |b[1]|)))
 (and $x65 $x66)))))
(assert
 (let ((?x81 (* |b[1]| |b[1]|)))
 (let ((?x82 (* (/ 1.0 2.0) ?x81)))
 (let ((?x83 (+ |b[1]| ?x82)))
 (let ((?x34 (* (- 1.0) theta)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x84 (* ?x35 ?x83)))
 (let ((?x77 (* |a[1]| |a[1]|)))
 (let ((?x78 (* (/ 1.0 2.0) ?x77)))
 (let ((?x79 (+ |a[1]| ?x78)))
 (let ((?x80 (* theta ?x79)))
 (let ((?x85 (+ ?x80 ?x84)))
 (let ((?x36 (* |b[1]| ?x35)))
 (let ((?x30 (* |a[1]| theta)))
 (let ((?x37 (+ ?x30 ?x36)))
 (let ((?x74 (* ?x37 ?x37)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x76 (+ ?x30 ?x36 ?x75)))
 (let (($x86 (<= ?x76 ?x85)))
 (not $x86))))))))))))))))))))
(check-sat)
