; lionk case query: d=2 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun %aux1 () Real)
(declare-fun |a[2]| () Real)
(declare-fun |a[1]| () Real)
(declare-fun %aux2 () Real)
(declare-fun |b[2]| () Real)
(declare-fun |b[1]| () Real)
(assert
 (<= 0.0 %aux1))
(assert
 (let ((?x31 (* |a[2]| |a[2]|)))
 (let ((?x29 (* |a[1]| |a[1]|)))
 (let ((?x32 (+ ?x29 ?x31)))
 (let ((?x26 (* %aux1 %aux1)))
 (= ?x26 ?x32))))))
(assert
 (<= 0.0 %aux2))
(assert
 (let ((?x46 (* |b[2]| |b[2]|)))
 (let ((?x44 (* |b[1]| |b[1]|)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x41 (* %aux2 %aux2)))
 (= ?x41 ?x47))))))
(assert
 (let ((?x56 (* %aux1 %aux2)))
 (let ((?x54 (* |a[1]| |b[1]|)))
 (let ((?x53 (* |a[2]| |b[2]|)))
 (let ((?x55 (+ ?x53 ?x54)))
 (let (($x57 (<= ?x55 ?x56)))
 (not $x57)))))))
(check-sat)
