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
 (let ((?x33 (* rho rho)))
 (let ((?x32 (* r r r)))
 (= ?x32 ?x33))))
(assert
 (<= 0.0 |w[1]|))
(assert
 (let ((?x44 (* |w[1]| |w[1]| |w[1]| |w[1]|)))
 (let ((?x43 (* |a[1]| |a[1]| |a[1]| |a[1]| |a[1]| |a[1]|)))
 (= ?x43 ?x44))))
(assert
 (<= 0.0 |z[1]|))
(assert
 (let ((?x54 (* |b[1]| |b[1]| |b[1]| |b[1]| |b[1]| |b[1]|)))
 (let ((?x51 (* |z[1]| |z[1]|)))
 (= ?x51 ?x54))))
(assert
 (let ((?x63 (* r rho |z[1]|)))
 (let ((?x62 (* 2.0 r |w[1]|)))
 (let ((?x64 (+ ?x62 ?x63)))
 (let ((?x60 (* 3.0 |a[1]| |b[1]| rho)))
 (let (($x65 (<= ?x60 ?x64)))
 (not $x65)))))))
(check-sat)
