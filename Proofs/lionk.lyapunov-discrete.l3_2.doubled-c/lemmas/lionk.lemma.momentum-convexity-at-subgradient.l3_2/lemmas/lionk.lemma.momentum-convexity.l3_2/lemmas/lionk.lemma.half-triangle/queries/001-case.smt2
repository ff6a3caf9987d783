; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun c () Real)
(declare-fun |v[1]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun |mid[1]| () Real)
(declare-fun |a[1]| () Real)
(declare-fun |b[1]| () Real)
(declare-fun |t[1]| () Real)
(assert
 (<= 0.0 c))
(assert
 (<= c 1.0))
(assert
 (let ((?x15 (* (- 1.0) c)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x17 (* |v[1]| ?x16)))
 (let ((?x12 (* c |u[1]|)))
 (let ((?x18 (+ ?x12 ?x17)))
 (= |mid[1]| ?x18)))))))
(assert
 (<= 0.0 |a[1]|))
(assert
 (let ((?x23 (* |u[1]| |u[1]|)))
 (let ((?x22 (* |a[1]| |a[1]| |a[1]| |a[1]|)))
 (= ?x22 ?x23))))
(assert
 (<= 0.0 |b[1]|))
(assert
 (let ((?x28 (* |v[1]| |v[1]|)))
 (let ((?x27 (* |b[1]| |b[1]| |b[1]| |b[1]|)))
 (= ?x27 ?x28))))
(assert
 (<= 0.0 |t[1]|))
(assert
 (let ((?x33 (* |t[1]| |t[1]| |t[1]| |t[1]|)))
 (let ((?x32 (* |mid[1]| |mid[1]|)))
 (= ?x32 ?x33))))
(assert
 (let ((?x15 (* (- 1.0) c)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x38 (* |b[1]| |b[1]|)))
 (let ((?x39 (* |t[1]| ?x38 ?x16)))
 (let ((?x36 (* |a[1]| |a[1]|)))
 (let ((?x37 (* c |t[1]| ?x36)))
 (let ((?x40 (+ ?x37 ?x39)))
 (let ((?x35 (* |t[1]| |t[1]| |t[1]|)))
 (let (($x41 (<= ?x35 ?x40)))
 (not $x41)))))))))))
(check-sat)
