; lionk side query: side: x[1]^2 + x[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[2]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (let ((?x8 (* |x[2]| |x[2]|)))
 (let ((?x6 (* |x[1]| |x[1]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
