; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun th () Real)
(declare-fun S () Real)
(declare-fun ra () Real)
(declare-fun rb () Real)
(declare-fun rm () Real)
(declare-fun AL () Real)
(declare-fun BE () Real)
(assert
 (<= 0.0 th))
(assert
 (<= th 1.0))
(assert
 (<= 0.0 S))
(assert
 (<= 0.0 ra))
(assert
 (<= 0.0 rb))
(assert
 (let ((?x17 (* S S)))
 (= rm ?x17)))
(assert
 (let ((?x20 (* AL AL)))
 (= ra ?x20)))
(assert
 (let ((?x23 (* BE BE)))
 (= rb ?x23)))
(assert
 (let ((?x28 (* (- 1.0) th)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x23 (* BE BE)))
 (let ((?x30 (* ?x23 ?x29)))
 (let ((?x20 (* AL AL)))
 (let ((?x26 (* th ?x20)))
 (let ((?x31 (+ ?x26 ?x30)))
 (let ((?x17 (* S S)))
 (let (($x32 (<= ?x17 ?x31)))
 (let (($x25 (<= S 0.0)))
 (or $x25 $x32))))))))))))
(assert
 (let ((?x28 (* (- 1.0) th)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x35 (* rb ?x29)))
 (let ((?x34 (* ra th)))
 (let ((?x36 (+ ?x34 ?x35)))
 (let (($x37 (<= rm ?x36)))
 (not $x37))))))))
(check-sat)
