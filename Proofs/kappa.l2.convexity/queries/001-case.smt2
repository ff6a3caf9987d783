; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun B () Real)
(declare-fun %aux1 () Real)
(declare-fun theta () Real)
(declare-fun |b[1]| () Real)
(declare-fun |a[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun %aux3 () Real)
(declare-fun %aux4 () Real)
(declare-fun %aux5 () Real)
(assert
 (= 4.0 B))
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x20 (* |b[1]| ?x19)))
 (let ((?x14 (* |a[1]| theta)))
 (let ((?x21 (+ ?x14 ?x20)))
 (let ((?x22 (* ?x21 ?x21)))
 (let ((?x11 (* %aux1 %aux1)))
 (= ?x11 ?x22)))))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x28 (* theta theta)))
 (let ((?x27 (* |a[1]| |a[1]|)))
 (let ((?x29 (* ?x27 ?x28)))
 (let ((?x26 (* %aux2 %aux2)))
 (= ?x26 ?x29))))))
(assert
 (<= 0.0 %aux3))
(assert
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x35 (* ?x19 ?x19)))
 (let ((?x34 (* |b[1]| |b[1]|)))
 (let ((?x36 (* ?x34 ?x35)))
 (let ((?x33 (* %aux3 %aux3)))
 (= ?x33 ?x36))))))))
(assert
 (<= 0.0 %aux4))
(assert
 (let ((?x40 (* %aux4 %aux4)))
 (let ((?x27 (* |a[1]| |a[1]|)))
 (= ?x27 ?x40))))
(assert
 (<= 0.0 %aux5))
(assert
 (let ((?x44 (* %aux5 %aux5)))
 (let ((?x34 (* |b[1]| |b[1]|)))
 (= ?x34 ?x44))))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x50 (<= |a[1]| B)))
 (let ((?x48 (* (- 1.0) B)))
 (let (($x49 (<= ?x48 |a[1]|)))
 (and $x49 $x50)))))
(assert
 (let (($x53 (<= |b[1]| B)))
 (let ((?x48 (* (- 1.0) B)))
 (let (($x52 (<= ?x48 |b[1]|)))
 (and $x52 $x53)))))
(assert
 (let ((?x55 (+ %aux2 %aux3)))
 (<= %aux1 ?x55)))
(assert
 (let ((?x57 (* %aux4 theta)))
 (let (($x58 (= %aux2 ?x57)))
 (let (($x46 (<= 0.0 theta)))
 (=> $x46 $x58)))))
(assert
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x61 (* %aux5 ?x19)))
 (let (($x62 (= %aux3 ?x61)))
 (let (($x60 (<= 0.0 ?x19)))
 (=> $x60 $x62)))))))
(assert
 (let ((?x18 (* (- 1.0) theta)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x61 (* %aux5 ?x19)))
 (let ((?x57 (* %aux4 theta)))
 (let ((?x64 (+ ?x57 ?x61)))
 (let (($x65 (<= %aux1 ?x64)))
 (not $x65))))))))
(check-sat)
