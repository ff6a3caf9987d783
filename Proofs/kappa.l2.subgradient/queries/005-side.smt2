; lionk side query: side: y[1]^2 + y[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |y[2]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (let ((?x8 (* |y[2]| |y[2]|)))
 (let ((?x6 (* |y[1]| |y[1]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
