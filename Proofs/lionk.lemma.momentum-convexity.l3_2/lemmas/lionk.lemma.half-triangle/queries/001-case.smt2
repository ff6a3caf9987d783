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
 (let ((?x34 (* (- 1.0) c)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x36 (* |v[1]| ?x35)))
 (let ((?x31 (* c |u[1]|)))
 (let ((?x37 (+ ?x31 ?x36)))
 (= |mid[1]| ?x37)))))))
(assert
 (<= 0.0 |a[1]|))
(assert
 (let ((?x56 (* |u[1]| |u[1]|)))
 (let ((?x54 (* |a[1]| |a[1]| |a[1]| |a[1]|)))
 (= ?x54 ?x56))))
(assert
 (<= 0.0 |b[1]|))
(assert
 (let ((?x65 (* |v[1]| |v[1]|)))
 (let ((?x63 (* |b[1]| |b[1]| |b[1]| |b[1]|)))
 (= ?x63 ?x65))))
(assert
 (<= 0.0 |t[1]|))
(assert
 (let ((?x74 (* |t[1]| |t[1]| |t[1]| |t[1]|)))
 (let ((?x72 (* |mid[1]| |mid[1]|)))
 (= ?x72 ?x74))))
(assert
 (let ((?x34 (* (- 1.0) c)))
 (let ((?x35 (+ 1.0 ?x34)))
 (let ((?x82 (* |b[1]| |b[1]|)))
 (let ((?x83 (* |t[1]| ?x82 ?x35)))
 (let ((?x80 (* |a[1]| |a[1]|)))
 (let ((?x81 (* c |t[1]| ?x80)))
 (let ((?x84 (+ ?x81 ?x83)))
 (let ((?x79 (* |t[1]| |t[1]| |t[1]|)))
 (let (($x85 (<= ?x79 ?x84)))
 (not $x85)))))))))))
(check-sat)
