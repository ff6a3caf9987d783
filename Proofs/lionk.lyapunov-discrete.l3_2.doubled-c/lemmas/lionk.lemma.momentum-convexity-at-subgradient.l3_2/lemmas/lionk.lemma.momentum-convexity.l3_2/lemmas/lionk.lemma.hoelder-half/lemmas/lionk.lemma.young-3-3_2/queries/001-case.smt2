; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun s () Real)
(declare-fun al () Real)
(declare-fun |a[1]| () Real)
(declare-fun |t[1]| () Real)
(assert
 (<= 0.0 s))
(assert
 (<= 0.0 al))
(assert
 (<= 0.0 |a[1]|))
(assert
 (<= 0.0 |t[1]|))
(assert
 (let ((?x23 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x22 (* al al al)))
 (let ((?x24 (* ?x22 ?x23)))
 (let ((?x20 (* |a[1]| |a[1]| |a[1]|)))
 (let ((?x19 (* s s s)))
 (let ((?x21 (* 2.0 ?x19 ?x20)))
 (let ((?x25 (+ ?x21 ?x24)))
 (let ((?x16 (* |a[1]| |a[1]|)))
 (let ((?x15 (* s s)))
 (let ((?x17 (* 3.0 al |t[1]| ?x15 ?x16)))
 (let (($x26 (<= ?x17 ?x25)))
 (not $x26)))))))))))))
(check-sat)
