; lionk side query: side: 2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(assert
 false)
(check-sat)
