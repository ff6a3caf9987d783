; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun beta1 () Real)
(declare-fun beta2 () Real)
(declare-fun %aux1 () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun %aux3 () Real)
(declare-fun %aux4 () Real)
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (= (/ 99.0 100.0) beta2))
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x41 (* (- 1.0) beta2)))
 (let ((?x42 (+ 1.0 ?x41)))
 (let ((?x43 (* (- 1.0) |g[1]| ?x42)))
 (let ((?x37 (* beta2 |m[1]|)))
 (let ((?x44 (+ ?x37 ?x43)))
 (let ((?x45 (* ?x44 ?x44)))
 (let ((?x34 (* %aux1 %aux1)))
 (= ?x34 ?x45)))))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x98 (* %aux2 %aux2)))
 (let ((?x96 (* |m[1]| |m[1]|)))
 (= ?x96 ?x98))))
(assert
 (let ((?x104 (* (- 1.0) beta1)))
 (let ((?x105 (+ 1.0 ?x104)))
 (let ((?x106 (* %aux3 ?x105)))
 (= 1.0 ?x106)))))
(assert
 (<= 0.0 %aux4))
(assert
 (let ((?x104 (* (- 1.0) beta1)))
 (let ((?x105 (+ 1.0 ?x104)))
 (let ((?x122 (* (- 1.0) |g[1]| ?x105)))
 (let ((?x121 (* beta1 |m[1]|)))
 (let ((?x123 (+ ?x121 ?x122)))
 (let ((?x124 (* ?x123 ?x123)))
 (let ((?x119 (* %aux4 %aux4)))
 (= ?x119 ?x124)))))))))
(assert
 (let ((?x104 (* (- 1.0) beta1)))
 (let ((?x160 (+ beta2 ?x104)))
 (let ((?x162 (* (- 1.0) %aux3 ?x160)))
 (let ((?x163 (+ 1.0 ?x162)))
 (let ((?x164 (* %aux4 ?x163)))
 (let ((?x161 (* %aux2 %aux3 ?x160)))
 (let ((?x167 (+ ?x161 ?x164)))
 (let (($x168 (<= %aux1 ?x167)))
 (not $x168))))))))))
(check-sat)
