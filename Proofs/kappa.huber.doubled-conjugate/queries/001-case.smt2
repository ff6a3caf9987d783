; lionk case query: d=1 case 1/3: clip as min(max(·)), max = -1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
(declare-fun |x[1]| () Real)
(assert
 (<= |x[1]| (- 1.0)))
(assert
 (let ((?x8 (* (- 1.0) |x[1]|)))
 (let ((?x10 (+ (/ 1.0 2.0) ?x8)))
 (let (($x11 (= ?x8 ?x10)))
 (not $x11)))))
(check-sat)
