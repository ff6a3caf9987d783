; lionk case query: d=1 case 1/1
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun beta () Real)
(declare-fun |m[1]| () Real)
(declare-fun |xprev[1]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |g[1]| () Real)
(assert
 (< 0.0 eps))
(assert
 (let (($x11 (< beta 1.0)))
 (let (($x9 (<= 0.0 beta)))
 (and $x9 $x11))))
(assert
 (let ((?x16 (* eps |m[1]|)))
 (let ((?x17 (+ |xprev[1]| ?x16)))
 (= |x[1]| ?x17))))
(assert
 (let ((?x21 (* (- 1.0) beta)))
 (let ((?x22 (+ 1.0 ?x21)))
 (let ((?x29 (* (- 1.0) |g[1]| ?x22)))
 (let ((?x28 (* beta |m[1]|)))
 (let ((?x30 (+ ?x28 ?x29)))
 (let ((?x31 (* eps ?x30)))
 (let ((?x32 (+ |x[1]| ?x31)))
 (let ((?x24 (* (- 1.0) |xprev[1]|)))
 (let ((?x25 (+ |x[1]| ?x24)))
 (let ((?x26 (* beta ?x25)))
 (let ((?x23 (* (- 1.0) eps |g[1]| ?x22)))
 (let ((?x27 (+ |x[1]| ?x23 ?x26)))
 (let (($x33 (= ?x27 ?x32)))
 (not $x33)))))))))))))))
(check-sat)
