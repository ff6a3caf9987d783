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
 (let ((?x38 (* S S)))
 (= rm ?x38)))
(assert
 (let ((?x46 (* AL AL)))
 (= ra ?x46)))
(assert
 (let ((?x52 (* BE BE)))
 (= rb ?x52)))
(assert
 (let ((?x59 (* (- 1.0) th)))
 (let ((?x60 (+ 1.0 ?x59)))
 (let ((?x52 (* BE BE)))
 (let ((?x61 (* ?x52 ?x60)))
 (let ((?x46 (* AL AL)))
 (let ((?x58 (* th ?x46)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x38 (* S S)))
 (let (($x63 (<= ?x38 ?x62)))
 (let (($x57 (<= S 0.0)))
 (or $x57 $x63))))))))))))
(assert
 (let ((?x59 (* (- 1.0) th)))
 (let ((?x60 (+ 1.0 ?x59)))
 (let ((?x80 (* rb ?x60)))
 (let ((?x79 (* ra th)))
 (let ((?x81 (+ ?x79 ?x80)))
 (let (($x82 (<= rm ?x81)))
 (not $x82))))))))
(check-sat)
