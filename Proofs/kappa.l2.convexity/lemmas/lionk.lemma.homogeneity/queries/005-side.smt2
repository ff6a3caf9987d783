; lionk side query: side: v[1]^2*t^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun t () Real)
(declare-fun |v[1]| () Real)
(assert
 (let ((?x8 (* t t)))
 (let ((?x6 (* |v[1]| |v[1]|)))
 (let ((?x9 (* ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
