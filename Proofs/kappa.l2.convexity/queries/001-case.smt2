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
 (let ((?x38 (* (- 1.0) theta)))
 (let ((?x39 (+ 1.0 ?x38)))
 (let ((?x40 (* |b[1]| ?x39)))
 (let ((?x34 (* |a[1]| theta)))
 (let ((?x41 (+ ?x34 ?x40)))
 (let ((?x42 (* ?x41 ?x41)))
 (let ((?x30 (* %aux1 %aux1)))
 (= ?x30 ?x42)))))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x92 (* theta theta)))
 (let ((?x91 (* |a[1]| |a[1]|)))
 (let ((?x93 (* ?x91 ?x92)))
 (let ((?x89 (* %aux2 %aux2)))
 (= ?x89 ?x93))))))
(assert
 (<= 0.0 %aux3))
(assert
 (let ((?x38 (* (- 1.0) theta)))
 (let ((?x39 (+ 1.0 ?x38)))
 (let ((?x102 (* ?x39 ?x39)))
 (let ((?x57 (* |b[1]| |b[1]|)))
 (let ((?x103 (* ?x57 ?x102)))
 (let ((?x100 (* %aux3 %aux3)))
 (= ?x100 ?x103))))))))
(assert
 (<= 0.0 %aux4))
(assert
 (let ((?x124 (* %aux4 %aux4)))
 (let ((?x91 (* |a[1]| |a[1]|)))
 (= ?x91 ?x124))))
(assert
 (<= 0.0 %aux5))
(assert
 (let ((?x132 (* %aux5 %aux5)))
 (let ((?x57 (* |b[1]| |b[1]|)))
 (= ?x57 ?x132))))
(assert
 (<= 0.0 theta))
(assert
 (<= theta 1.0))
(assert
 (let (($x143 (<= |a[1]| B)))
 (let ((?x141 (* (- 1.0) B)))
 (let (($x142 (<= ?x141 |a[1]|)))
 (and $x142 $x143)))))
(assert
 (let (($x151 (<= |b[1]| B)))
 (let ((?x141 (* (- 1.0) B)))
 (let (($x150 (<= ?x141 |b[1]|)))
 (and $x150 $x151)))))
(assert
 (let ((?x158 (+ %aux2 %aux3)))
 (<= %aux1 ?x158)))
(assert
 (let ((?x164 (* %aux4 theta)))
 (let (($x165 (= %aux2 ?x164)))
 (let (($x138 (<= 0.0 theta)))
 (=> $x138 $x165)))))
(assert
 (let ((?x38 (* (- 1.0) theta)))
 (let ((?x39 (+ 1.0 ?x38)))
 (let ((?x174 (* %aux5 ?x39)))
 (let (($x175 (= %aux3 ?x174)))
 (let (($x173 (<= 0.0 ?x39)))
 (=> $x173 $x175)))))))
(assert
 (let ((?x38 (* (- 1.0) theta)))
 (let ((?x39 (+ 1.0 ?x38)))
 (let ((?x174 (* %aux5 ?x39)))
 (let ((?x164 (* %aux4 theta)))
 (let ((?x190 (+ ?x164 ?x174)))
 (let (($x191 (<= %aux1 ?x190)))
 (not $x191))))))))
(check-sat)
