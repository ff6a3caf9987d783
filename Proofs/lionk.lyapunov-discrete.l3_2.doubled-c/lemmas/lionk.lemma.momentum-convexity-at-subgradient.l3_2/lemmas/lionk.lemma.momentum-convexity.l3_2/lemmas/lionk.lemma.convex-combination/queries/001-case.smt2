; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun c () Real)
(declare-fun X1 () Real)
(declare-fun A1 () Real)
(declare-fun X2 () Real)
(declare-fun A2 () Real)
(assert
 (<= 0.0 c))
(assert
 (<= c 1.0))
(assert
 (<= A1 X1))
(assert
 (<= A2 X2))
(assert
 (let ((?x18 (* (- 1.0) c)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x23 (* X2 ?x19)))
 (let ((?x22 (* X1 c)))
 (let ((?x24 (+ ?x22 ?x23)))
 (let ((?x20 (* A2 ?x19)))
 (let ((?x16 (* A1 c)))
 (let ((?x21 (+ ?x16 ?x20)))
 (let (($x25 (<= ?x21 ?x24)))
 (not $x25)))))))))))
(check-sat)
