; lionk side query: side: b[1]^2 + b[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |b[2]| () Real)
(declare-fun |b[1]| () Real)
(assert
 (let ((?x8 (* |b[2]| |b[2]|)))
 (let ((?x6 (* |b[1]| |b[1]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
