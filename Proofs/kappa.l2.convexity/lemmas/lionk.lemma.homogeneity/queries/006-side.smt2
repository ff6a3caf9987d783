; lionk side query: side: v[2]^2 + v[1]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |v[1]| () Real)
(declare-fun |v[2]| () Real)
(assert
 (let ((?x8 (* |v[1]| |v[1]|)))
 (let ((?x6 (* |v[2]| |v[2]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
