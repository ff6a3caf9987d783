; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun rr () Real)
(declare-fun B () Real)
(assert
 (< 0.0 rr))
(assert
 (let ((?x10 (* rr rr)))
 (let ((?x11 (* B ?x10)))
 (let ((?x8 (* rr rr rr)))
 (<= ?x8 ?x11)))))
(assert
 (let (($x13 (<= rr B)))
 (not $x13)))
(check-sat)
