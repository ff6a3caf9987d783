; lionk side query: side: eps*lam + 1 ≠ 0
; answered unsat by Z3 4.8.12
; 
(set-info :status unsat)
(declare-fun eps () Real)
(declare-fun lam () Real)
(declare-fun beta1 () Real)
(declare-fun %absexp1 () Real)
(declare-fun |g[1]| () Real)
(declare-fun |m[1]| () Real)
(assert
 (= (/ 1.0 100.0) eps))
(assert
 (= (/ 1.0 10.0) lam))
(assert
 (= (/ 9.0 10.0) beta1))
(assert
 (< 0.0 %absexp1))
(assert
 (let ((?x45 (* (- 1.0) beta1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x47 (* (- 1.0) |g[1]| ?x46)))
 (let ((?x42 (* beta1 |m[1]|)))
 (let ((?x48 (+ 1.0 ?x42 ?x47)))
 (<= ?x48 %absexp1)))))))
(assert
 (let ((?x45 (* (- 1.0) beta1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x60 (* |g[1]| ?x46)))
 (let ((?x57 (* (- 1.0) beta1 |m[1]|)))
 (let ((?x61 (+ 1.0 ?x57 ?x60)))
 (let ((?x62 (* %absexp1 ?x61)))
 (<= ?x62 1.0))))))))
(assert
 (let (($x88 (< %absexp1 1.0)))
 (let ((?x45 (* (- 1.0) beta1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x47 (* (- 1.0) |g[1]| ?x46)))
 (let ((?x42 (* beta1 |m[1]|)))
 (let ((?x86 (+ ?x42 ?x47)))
 (let (($x87 (< ?x86 0.0)))
 (=> $x87 $x88)))))))))
(assert
 (let (($x101 (= 1.0 %absexp1)))
 (let ((?x45 (* (- 1.0) beta1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x47 (* (- 1.0) |g[1]| ?x46)))
 (let ((?x42 (* beta1 |m[1]|)))
 (let ((?x86 (+ ?x42 ?x47)))
 (let (($x100 (= 0.0 ?x86)))
 (=> $x100 $x101)))))))))
(assert
 (let (($x108 (< 1.0 %absexp1)))
 (let ((?x45 (* (- 1.0) beta1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x47 (* (- 1.0) |g[1]| ?x46)))
 (let ((?x42 (* beta1 |m[1]|)))
 (let ((?x86 (+ ?x42 ?x47)))
 (let (($x107 (< 0.0 ?x86)))
 (=> $x107 $x108)))))))))
(assert
 (let ((?x115 (* eps lam)))
 (let ((?x116 (+ 1.0 ?x115)))
 (= 0.0 ?x116))))
(check-sat)
