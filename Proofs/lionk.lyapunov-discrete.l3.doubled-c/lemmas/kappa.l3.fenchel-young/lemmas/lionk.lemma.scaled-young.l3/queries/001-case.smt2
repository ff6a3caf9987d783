; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun r () Real)
(declare-fun rho () Real)
(declare-fun |w[1]| () Real)
(declare-fun |a[1]| () Real)
(declare-fun |z[1]| () Real)
(declare-fun |b[1]| () Real)
(assert
 (< 0.0 r))
(assert
 (let ((?x9 (* r r r)))
 (= rho ?x9)))
(assert
 (<= 0.0 |w[1]|))
(assert
 (let ((?x15 (* |w[1]| |w[1]|)))
 (let ((?x14 (* |a[1]| |a[1]| |a[1]| |a[1]| |a[1]| |a[1]|)))
 (= ?x14 ?x15))))
(assert
 (<= 0.0 |z[1]|))
(assert
 (let ((?x21 (* |b[1]| |b[1]| |b[1]| |b[1]| |b[1]| |b[1]|)))
 (let ((?x19 (* |z[1]| |z[1]| |z[1]| |z[1]|)))
 (= ?x19 ?x21))))
(assert
 (let ((?x9 (* r r r)))
 (let ((?x27 (* 2.0 |z[1]| ?x9)))
 (let ((?x28 (+ |w[1]| ?x27)))
 (let ((?x24 (* r r)))
 (let ((?x25 (* 3.0 |a[1]| |b[1]| ?x24)))
 (let (($x29 (<= ?x25 ?x28)))
 (not $x29))))))))
(check-sat)
