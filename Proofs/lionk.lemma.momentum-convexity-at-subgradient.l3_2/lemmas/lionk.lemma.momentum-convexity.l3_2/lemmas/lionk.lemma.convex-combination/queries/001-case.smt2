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
 (let ((?x43 (* (- 1.0) c)))
 (let ((?x44 (+ 1.0 ?x43)))
 (let ((?x48 (* X2 ?x44)))
 (let ((?x47 (* X1 c)))
 (let ((?x49 (+ ?x47 ?x48)))
 (let ((?x45 (* A2 ?x44)))
 (let ((?x42 (* A1 c)))
 (let ((?x46 (+ ?x42 ?x45)))
 (let (($x50 (<= ?x46 ?x49)))
 (not $x50)))))))))))
(check-sat)
