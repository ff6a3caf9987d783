; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun R () Real)
(declare-fun r () Real)
(declare-fun |t[1]| () Real)
(declare-fun |v[1]| () Real)
(declare-fun |M[1]| () Real)
(declare-fun |m[1]| () Real)
(declare-fun |W[1]| () Real)
(assert
 (< 0.0 R))
(assert
 (< 0.0 r))
(assert
 (<= 0.0 |t[1]|))
(assert
 (let ((?x14 (* |t[1]| |t[1]|)))
 (let ((?x13 (* |v[1]| |v[1]|)))
 (= ?x13 ?x14))))
(assert
 (<= 0.0 |M[1]|))
(assert
 (let ((?x20 (* |m[1]| |m[1]| |m[1]| |m[1]| |m[1]| |m[1]|)))
 (let ((?x18 (* |M[1]| |M[1]|)))
 (= ?x18 ?x20))))
(assert
 (<= 0.0 |W[1]|))
(assert
 (let ((?x25 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x24 (* |W[1]| |W[1]|)))
 (= ?x24 ?x25))))
(assert
 (let ((?x33 (* r r r)))
 (let ((?x34 (* |M[1]| ?x33)))
 (let ((?x31 (* R R R)))
 (let ((?x32 (* 2.0 |W[1]| ?x31)))
 (let ((?x35 (+ ?x32 ?x34)))
 (let ((?x28 (* R R)))
 (let ((?x29 (* 3.0 |m[1]| r |t[1]| |v[1]| ?x28)))
 (let (($x36 (<= ?x29 ?x35)))
 (not $x36))))))))))
(check-sat)
