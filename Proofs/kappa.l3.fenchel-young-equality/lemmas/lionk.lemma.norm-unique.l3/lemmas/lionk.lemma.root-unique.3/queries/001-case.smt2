; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun s1 () Real)
(declare-fun s2 () Real)
(assert
 (<= 0.0 s1))
(assert
 (<= 0.0 s2))
(assert
 (let ((?x11 (* s1 s1 s1)))
 (let ((?x10 (* s2 s2 s2)))
 (= ?x10 ?x11))))
(assert
 (let (($x13 (= s1 s2)))
 (not $x13)))
(check-sat)
