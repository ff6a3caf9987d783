; lionk side query: side: a[1]^2 + a[2]^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |a[2]| () Real)
(declare-fun |a[1]| () Real)
(assert
 (let ((?x8 (* |a[2]| |a[2]|)))
 (let ((?x6 (* |a[1]| |a[1]|)))
 (let ((?x9 (+ ?x6 ?x8)))
 (< ?x9 0.0)))))
(check-sat)
