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
 (let ((?x36 (* al al al)))
 (let ((?x35 (* |a[1]| |a[1]| |a[1]|)))
 (= ?x35 ?x36))))
(assert
 (<= al 0.0))
(assert
 (let ((?x46 (* al al)))
 (let ((?x47 (* s ?x46)))
 (let ((?x44 (* |a[1]| |a[1]|)))
 (let ((?x45 (* |t[1]| ?x44)))
 (let (($x48 (<= ?x45 ?x47)))
 (not $x48)))))))
(check-sat)
