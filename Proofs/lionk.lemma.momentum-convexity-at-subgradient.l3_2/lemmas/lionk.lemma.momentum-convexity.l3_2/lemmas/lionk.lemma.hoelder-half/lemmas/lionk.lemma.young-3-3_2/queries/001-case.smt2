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
 (let ((?x45 (* |t[1]| |t[1]| |t[1]|)))
 (let ((?x44 (* al al al)))
 (let ((?x46 (* ?x44 ?x45)))
 (let ((?x42 (* |a[1]| |a[1]| |a[1]|)))
 (let ((?x41 (* s s s)))
 (let ((?x43 (* 2.0 ?x41 ?x42)))
 (let ((?x47 (+ ?x43 ?x46)))
 (let ((?x38 (* |a[1]| |a[1]|)))
 (let ((?x36 (* s s)))
 (let ((?x39 (* 3.0 al |t[1]| ?x36 ?x38)))
 (let (($x48 (<= ?x39 ?x47)))
 (not $x48)))))))))))))
(check-sat)
