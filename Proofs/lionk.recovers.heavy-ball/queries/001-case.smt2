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
 (let (($x31 (< beta 1.0)))
 (let (($x29 (<= 0.0 beta)))
 (and $x29 $x31))))
(assert
 (let ((?x41 (* eps |m[1]|)))
 (let ((?x42 (+ |xprev[1]| ?x41)))
 (= |x[1]| ?x42))))
(assert
 (let ((?x50 (* (- 1.0) beta)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let ((?x57 (* (- 1.0) |g[1]| ?x51)))
 (let ((?x56 (* beta |m[1]|)))
 (let ((?x58 (+ ?x56 ?x57)))
 (let ((?x59 (* eps ?x58)))
 (let ((?x60 (+ |x[1]| ?x59)))
 (let ((?x45 (* (- 1.0) |xprev[1]|)))
 (let ((?x53 (+ |x[1]| ?x45)))
 (let ((?x54 (* beta ?x53)))
 (let ((?x52 (* (- 1.0) eps |g[1]| ?x51)))
 (let ((?x55 (+ |x[1]| ?x52 ?x54)))
 (let (($x61 (= ?x55 ?x60)))
 (not $x61)))))))))))))))
(check-sat)
