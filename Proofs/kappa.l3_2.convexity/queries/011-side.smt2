; lionk side query: side: r_mid^2 ≥ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun r_mid () Real)
(assert
 (= 4.0 B))
(assert
 (let ((?x9 (* r_mid r_mid)))
 (< ?x9 0.0)))
(check-sat)
