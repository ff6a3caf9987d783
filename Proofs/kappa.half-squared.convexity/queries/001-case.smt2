; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun theta () Real)
(declare-fun |a[1]| () Real)
(declare-fun |b[1]| () Real)
(assert
 (= 4.0 B))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x17 (<= |a[1]| B)))
 (let ((?x14 (* (- 1.0) B)))
 (let (($x16 (<= ?x14 |a[1]|)))
 (and $x16 $x17)))))
(assert
 (let (($x21 (<= |b[1]| B)))
 (let ((?x14 (* (- 1.0) B)))
 (let (($x20 (<= ?x14 |b[1]|)))
 (and $x20 $x21)))))
(assert
 (let ((?x25 (* (- 1.0) theta)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x33 (* |b[1]| |b[1]|)))
 (let ((?x34 (* (/ 1.0 2.0) ?x33 ?x26)))
 (let ((?x31 (* |a[1]| |a[1]|)))
 (let ((?x32 (* (/ 1.0 2.0) theta ?x31)))
 (let ((?x35 (+ ?x32 ?x34)))
 (let ((?x27 (* |b[1]| ?x26)))
 (let ((?x24 (* |a[1]| theta)))
 (let ((?x28 (+ ?x24 ?x27)))
 (let ((?x29 (* ?x28 ?x28)))
 (let ((?x30 (* (/ 1.0 2.0) ?x29)))
 (let (($x36 (<= ?x30 ?x35)))
 (not $x36)))))))))))))))
(check-sat)
