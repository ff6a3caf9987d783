; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun rr () Real)
(declare-fun B () Real)
(assert
 (< 0.0 rr))
(assert
 (let ((?x30 (* rr rr)))
 (let ((?x31 (* B ?x30)))
 (let ((?x28 (* rr rr rr)))
 (<= ?x28 ?x31)))))
(assert
 (let (($x38 (<= rr B)))
 (not $x38)))
(check-sat)
