; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |a[1]| () Real)
(declare-fun |t[1]| () Real)
(declare-fun al () Real)
(declare-fun s () Real)
(assert
 (<= 0.0 |a[1]|))
(assert
 (<= 0.0 |t[1]|))
(assert
 (<= 0.0 al))
(assert
 (<= 0.0 s))
(assert
 (let ((?x15 (* al al al)))
 (let ((?x14 (* |a[1]| |a[1]| |a[1]|)))
 (= ?x14 ?x15))))
(assert
 (<= al 0.0))
(assert
 (let ((?x20 (* al al)))
 (let ((?x21 (* s ?x20)))
 (let ((?x18 (* |a[1]| |a[1]|)))
 (let ((?x19 (* |t[1]| ?x18)))
 (let (($x22 (<= ?x19 ?x21)))
 (not $x22)))))))
(check-sat)
