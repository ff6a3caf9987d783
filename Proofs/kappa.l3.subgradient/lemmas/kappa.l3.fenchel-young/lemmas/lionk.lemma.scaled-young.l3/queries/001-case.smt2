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
 (let ((?x29 (* r r r)))
 (= rho ?x29)))
(assert
 (<= 0.0 |w[1]|))
(assert
 (let ((?x40 (* |w[1]| |w[1]|)))
 (let ((?x39 (* |a[1]| |a[1]| |a[1]| |a[1]| |a[1]| |a[1]|)))
 (= ?x39 ?x40))))
(assert
 (<= 0.0 |z[1]|))
(assert
 (let ((?x50 (* |b[1]| |b[1]| |b[1]| |b[1]| |b[1]| |b[1]|)))
 (let ((?x47 (* |z[1]| |z[1]| |z[1]| |z[1]|)))
 (= ?x47 ?x50))))
(assert
 (let ((?x29 (* r r r)))
 (let ((?x59 (* 2.0 |z[1]| ?x29)))
 (let ((?x60 (+ |w[1]| ?x59)))
 (let ((?x56 (* r r)))
 (let ((?x57 (* 3.0 |a[1]| |b[1]| ?x56)))
 (let (($x61 (<= ?x57 ?x60)))
 (not $x61))))))))
(check-sat)
