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
 (let ((?x30 (* s1 s1 s1)))
 (let ((?x29 (* s2 s2 s2)))
 (= ?x29 ?x30))))
(assert
 (let (($x37 (= s1 s2)))
 (not $x37)))
(check-sat)
