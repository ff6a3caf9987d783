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
 (let ((?x37 (* |t[1]| |t[1]|)))
 (let ((?x35 (* |v[1]| |v[1]|)))
 (= ?x35 ?x37))))
(assert
 (<= 0.0 |M[1]|))
(assert
 (let ((?x48 (* |m[1]| |m[1]| |m[1]| |m[1]| |m[1]| |m[1]|)))
 (let ((?x45 (* |M[1]| |M[1]|)))
 (= ?x45 ?x48))))
(assert
 (<= 0.0 |W[1]|))
(assert
 (let ((?x57 (* |v[1]| |v[1]| |v[1]| |v[1]| |v[1]| |v[1]|)))
 (let ((?x55 (* |W[1]| |W[1]|)))
 (= ?x55 ?x57))))
(assert
 (let ((?x68 (* r r r)))
 (let ((?x69 (* |M[1]| ?x68)))
 (let ((?x66 (* R R R)))
 (let ((?x67 (* 2.0 |W[1]| ?x66)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x63 (* R R)))
 (let ((?x64 (* 3.0 |m[1]| r |t[1]| |v[1]| ?x63)))
 (let (($x71 (<= ?x64 ?x70)))
 (not $x71))))))))))
(check-sat)
