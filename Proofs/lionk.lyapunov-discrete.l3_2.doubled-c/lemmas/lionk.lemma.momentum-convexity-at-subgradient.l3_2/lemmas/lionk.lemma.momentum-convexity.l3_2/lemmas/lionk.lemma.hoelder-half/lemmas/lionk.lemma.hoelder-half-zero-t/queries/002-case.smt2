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
 (let (($x14 (<= 0.0 |t[2]|)))
 (let (($x12 (<= 0.0 |t[1]|)))
 (and $x12 $x14))))
(assert
 (<= 0.0 al))
(assert
 (<= 0.0 s))
(assert
 (let ((?x22 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x21 (* |t[2]| |t[2]| |t[2]|)))
 (let ((?x23 (+ ?x21 ?x22)))
 (let ((?x20 (* s s s)))
 (= ?x20 ?x23))))))
(assert
 (<= s 0.0))
(assert
 (let ((?x31 (* al al)))
 (let ((?x32 (* s ?x31)))
 (let ((?x28 (* |a[1]| |a[1]|)))
 (let ((?x29 (* |t[1]| ?x28)))
 (let ((?x26 (* |a[2]| |a[2]|)))
 (let ((?x27 (* |t[2]| ?x26)))
 (let ((?x30 (+ ?x27 ?x29)))
 (let (($x33 (<= ?x30 ?x32)))
 (not $x33))))))))))
(check-sat)
