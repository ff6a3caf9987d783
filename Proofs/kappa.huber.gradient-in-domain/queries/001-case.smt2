; lionk case query: d=1 case 1/1: clip as min(max(·)), max = x[1], min = x[1]
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun |x[1]| () Real)
(assert
 (< (- 1.0) |x[1]|))
(assert
 (< |x[1]| 1.0))
(assert
 (let (($x11 (<= |x[1]| 1.0)))
 (let (($x10 (<= (- 1.0) |x[1]|)))
 (let (($x12 (and $x10 $x11)))
 (not $x12)))))
(check-sat)
