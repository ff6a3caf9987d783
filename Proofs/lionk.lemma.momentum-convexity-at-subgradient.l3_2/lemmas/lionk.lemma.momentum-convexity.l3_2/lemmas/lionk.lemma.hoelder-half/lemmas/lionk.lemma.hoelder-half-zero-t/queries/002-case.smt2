; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |a[2]| () Real)
(declare-fun |a[1]| () Real)
(declare-fun |t[2]| () Real)
(declare-fun |t[1]| () Real)
(declare-fun al () Real)
(declare-fun s () Real)
(assert
 (let (($x9 (<= 0.0 |a[2]|)))
 (let (($x7 (<= 0.0 |a[1]|)))
 (and $x7 $x9))))
(assert
 (let (($x34 (<= 0.0 |t[2]|)))
 (let (($x30 (<= 0.0 |t[1]|)))
 (and $x30 $x34))))
(assert
 (<= 0.0 al))
(assert
 (<= 0.0 s))
(assert
 (let ((?x46 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x44 (* |t[2]| |t[2]| |t[2]|)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x43 (* s s s)))
 (= ?x43 ?x47))))))
(assert
 (<= s 0.0))
(assert
 (let ((?x60 (* al al)))
 (let ((?x61 (* s ?x60)))
 (let ((?x57 (* |a[1]| |a[1]|)))
 (let ((?x58 (* |t[1]| ?x57)))
 (let ((?x55 (* |a[2]| |a[2]|)))
 (let ((?x56 (* |t[2]| ?x55)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let (($x62 (<= ?x59 ?x61)))
 (not $x62))))))))))
(check-sat)
