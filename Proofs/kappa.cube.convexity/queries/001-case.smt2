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
 (let ((?x54 (* (- 1.0) theta)))
 (let ((?x55 (+ 1.0 ?x54)))
 (let ((?x61 (* |b[1]| |b[1]| |b[1]|)))
 (let ((?x62 (* ?x61 ?x55)))
 (let ((?x59 (* |a[1]| |a[1]| |a[1]|)))
 (let ((?x60 (* theta ?x59)))
 (let ((?x63 (+ ?x60 ?x62)))
 (let ((?x56 (* |b[1]| ?x55)))
 (let ((?x53 (* |a[1]| theta)))
 (let ((?x57 (+ ?x53 ?x56)))
 (let ((?x58 (* ?x57 ?x57 ?x57)))
 (let (($x64 (<= ?x58 ?x63)))
 (not $x64))))))))))))))
(check-sat)
