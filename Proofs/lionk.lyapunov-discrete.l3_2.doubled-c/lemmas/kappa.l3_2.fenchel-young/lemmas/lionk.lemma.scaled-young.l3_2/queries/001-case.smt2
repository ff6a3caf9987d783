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
 (< 0.0 rho))
(assert
 (let ((?x11 (* rho rho)))
 (let ((?x10 (* r r r)))
 (= ?x10 ?x11))))
(assert
 (<= 0.0 |w[1]|))
(assert
 (let ((?x17 (* |w[1]| |w[1]| |w[1]| |w[1]|)))
 (let ((?x16 (* |a[1]| |a[1]| |a[1]| |a[1]| |a[1]| |a[1]|)))
 (= ?x16 ?x17))))
(assert
 (<= 0.0 |z[1]|))
(assert
 (let ((?x23 (* |b[1]| |b[1]| |b[1]| |b[1]| |b[1]| |b[1]|)))
 (let ((?x21 (* |z[1]| |z[1]|)))
 (= ?x21 ?x23))))
(assert
 (let ((?x29 (* r rho |z[1]|)))
 (let ((?x28 (* 2.0 r |w[1]|)))
 (let ((?x30 (+ ?x28 ?x29)))
 (let ((?x26 (* 3.0 |a[1]| |b[1]| rho)))
 (let (($x31 (<= ?x26 ?x30)))
 (not $x31)))))))
(check-sat)
