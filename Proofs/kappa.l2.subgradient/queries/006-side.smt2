; lionk side query: side: y[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |y[1]| () Real)
(assert
 (let ((?x6 (* |y[1]| |y[1]|)))
 (< ?x6 0.0)))
(check-sat)
