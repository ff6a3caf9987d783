; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun s () Real)
(declare-fun B () Real)
(assert
 (< 0.0 s))
(assert
 (let ((?x30 (* B s)))
 (let ((?x28 (* s s s)))
 (<= ?x28 ?x30))))
(assert
 (let ((?x37 (* s s)))
 (let (($x38 (<= ?x37 B)))
 (not $x38))))
(check-sat)
