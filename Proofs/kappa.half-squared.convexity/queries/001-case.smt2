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
 (let (($x37 (<= |a[1]| B)))
 (let ((?x34 (* (- 1.0) B)))
 (let (($x36 (<= ?x34 |a[1]|)))
 (and $x36 $x37)))))
(assert
 (let (($x46 (<= |b[1]| B)))
 (let ((?x34 (* (- 1.0) B)))
 (let (($x45 (<= ?x34 |b[1]|)))
 (and $x45 $x46)))))
(assert
 (let ((?x55 (* (- 1.0) theta)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let ((?x63 (* |b[1]| |b[1]|)))
 (let ((?x64 (* (/ 1.0 2.0) ?x63 ?x56)))
 (let ((?x61 (* |a[1]| |a[1]|)))
 (let ((?x62 (* (/ 1.0 2.0) theta ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x57 (* |b[1]| ?x56)))
 (let ((?x54 (* |a[1]| theta)))
 (let ((?x58 (+ ?x54 ?x57)))
 (let ((?x59 (* ?x58 ?x58)))
 (let ((?x60 (* (/ 1.0 2.0) ?x59)))
 (let (($x66 (<= ?x60 ?x65)))
 (not $x66)))))))))))))))
(check-sat)
