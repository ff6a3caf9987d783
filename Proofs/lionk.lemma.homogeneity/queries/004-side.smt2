; lionk side query: side: v[1]^2*t^2 + v[2]^2*t^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun t () Real)
(declare-fun |v[2]| () Real)
(declare-fun |v[1]| () Real)
(assert
 (let ((?x8 (* t t)))
 (let ((?x11 (* |v[2]| |v[2]|)))
 (let ((?x12 (* ?x11 ?x8)))
 (let ((?x6 (* |v[1]| |v[1]|)))
 (let ((?x9 (* ?x6 ?x8)))
 (let ((?x13 (+ ?x9 ?x12)))
 (< ?x13 0.0))))))))
(check-sat)
