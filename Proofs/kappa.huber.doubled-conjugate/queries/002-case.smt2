; lionk case query: d=1 case 2/3: clip as min(max(·)), max = x[1], min = 1
; answered sat by Z3 4.8.12
; 
(set-info :status sat)
(declare-fun |x[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (<= 1.0 |x[1]|))
(assert
 (let ((?x11 (+ (/ 1.0 2.0) |x[1]|)))
 (let (($x12 (= |x[1]| ?x11)))
 (not $x12))))
(check-sat)
