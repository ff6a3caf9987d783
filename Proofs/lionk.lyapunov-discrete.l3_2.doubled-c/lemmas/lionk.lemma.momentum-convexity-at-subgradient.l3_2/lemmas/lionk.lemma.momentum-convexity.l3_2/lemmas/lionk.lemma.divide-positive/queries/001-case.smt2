; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun s () Real)
(declare-fun B () Real)
(assert
 (< 0.0 s))
(assert
 (let ((?x10 (* B s)))
 (let ((?x8 (* s s s)))
 (<= ?x8 ?x10))))
(assert
 (let ((?x12 (* s s)))
 (let (($x13 (<= ?x12 B)))
 (not $x13))))
(check-sat)
