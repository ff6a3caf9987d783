; lionk case query: d=1 case 1/1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
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
 (let ((?x24 (* (- 1.0) theta)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let ((?x31 (* |b[1]| |b[1]| |b[1]|)))
 (let ((?x32 (* ?x31 ?x25)))
 (let ((?x29 (* |a[1]| |a[1]| |a[1]|)))
 (let ((?x30 (* theta ?x29)))
 (let ((?x33 (+ ?x30 ?x32)))
 (let ((?x26 (* |b[1]| ?x25)))
 (let ((?x23 (* |a[1]| theta)))
 (let ((?x27 (+ ?x23 ?x26)))
 (let ((?x28 (* ?x27 ?x27 ?x27)))
 (let (($x34 (<= ?x28 ?x33)))
 (not $x34))))))))))))))
(check-sat)
