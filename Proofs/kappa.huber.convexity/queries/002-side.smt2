; lionk side query: side: 2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(assert
 (= 4.0 B))
(assert
 false)
(check-sat)
