import Testing
import Symbolic

/// `Definedness`: the formula Def(n), the claim rule and the atomic conditions.
@Suite struct DefinednessTests {
    let x = Expr.scalar("x"), y = Expr.scalar("y"), p = Expr.scalar("p"), v = Expr.vector("v")
    let xs = Symbol.scalar("x"), ys = Symbol.scalar("y"), ps = Symbol.scalar("p"), vs = Symbol.vector("v")

    func def(_ e: Expr) throws -> Constraint { Constraint(try Definedness.formula(e.node)) }
    func def(_ c: Constraint) throws -> Constraint { Constraint(try Definedness.formula(c.node)) }
    func at(_ pairs: [Symbol: Rational]) -> Environment<Rational> { pairs.mapValues { .scalar($0) } }

    @Test func partialOperations() throws {
        let table: [(Expr, [Rational], [Rational])] = [
            // expression, points where defined, points where undefined (values of x)
            (1 / x, [1, -2], [0]),
            (x.pow(-3), [1], [0]),
            (sqrt(x), [0, 4], [-1]),
            (log(x), [1, 2], [0, -1]),
            (exp(1 / x), [2], [0]),
            (x.pow(Rational(1, 2)), [0, 1], [-1]),
            (x.pow(Rational(-1, 2)), [1], [0, -1]),
            (clip(1, x, 0), [0, -1], [1]),
            (clip(y, 0, 1 / x), [1], [0, -1]),
            (ite(x .> 0, 1 / x, 0), [0, -1, 2], []),
            (ite(x .>= 0, 1 / x, 0), [-1, 2], [0]),
            (ite(1 / x .> 0, 1, 2), [1, -1], [0]),
            (1 / (1 / x), [2], [0]),
        ]
        for (e, good, bad) in table {
            let d = try def(e)
            for value in good { #expect(try d.evaluate(at([xs: value, ys: 0])), "\(e) at \(value)") }
            for value in bad { #expect(try !d.evaluate(at([xs: value, ys: 0])), "\(e) at \(value)") }
        }
        #expect(try def(x + sign(y) * abs(x)) == Constraint(true))
        #expect(try def(sqrt(abs(x)) + log(exp(x))) == Constraint(true))
        #expect(try def(Expr(1) / Expr(0)) == Constraint(false))
    }

    @Test func connectives() throws {
        // ⇒ is guarded, and/or are strict.
        #expect(try def(x .!= 0 ==> 1 / x .> 0) == Constraint(true))
        let strictAnd = try def(x .!= 0 && 1 / x .> 0)
        #expect(try !strictAnd.evaluate(at([xs: 0])))
        #expect(try strictAnd.evaluate(at([xs: 3])))
        #expect(try !def(x .== 0 || 1 / x .> 0).evaluate(at([xs: 0])))
        #expect(try !def(1 / x .> 0 ==> y .> 0).evaluate(at([xs: 0, ys: 1])))
    }

    @Test func vectorsAreDefinedWhenEveryCoordinateIs() throws {
        let d = try def(1 / v)
        #expect(d.node.sort == .bool)
        for (values, expected) in [([1, 2], true), ([1, 0], false), ([0, 0], false)] as [([Rational], Bool)] {
            #expect(try d.evaluate([vs: .vector(values)]) == expected, "\(values)")
            let coordinates = at([.coordinate("v", 1): values[0], .coordinate("v", 2): values[1]])
            #expect(try d.expanded(dim: 2).evaluate(coordinates) == expected, "\(values) expanded")
        }
        let s = try def(sum(sqrt(v)))
        #expect(try s.evaluate([vs: .vector([0, 4])]))
        #expect(try !s.evaluate([vs: .vector([1, -1])]))
    }

    @Test func theFormulaIsDefinedEverywhere() throws {
        let es: [Expr] = [1 / x + sqrt(1 / y), log(sqrt(x) - 1), clip(x, 1 / y, y), ite(sqrt(x) .> 1, 1 / y, log(y))]
        for e in es {
            let d = try def(e)
            for xv in [-1, 0, 1, 4] as [Rational] {
                for yv in [-1, 0, 2] as [Rational] {
                    let env = at([xs: xv, ys: yv])
                    let defined: Bool
                    do {
                        defined = try d.evaluate(env)
                    } catch {
                        if case .notRational = error { continue }
                        Issue.record("Def(\(e)) fails at \(xv), \(yv): \(error)")
                        continue
                    }
                    // Def agrees with the evaluator (skipping irrational values).
                    do {
                        _ = try e.evaluate(env)
                        #expect(defined, "\(e) evaluates at \(xv), \(yv) but Def is false")
                    } catch {
                        if case .notRational = error { continue }
                        #expect(!defined, "\(e) fails at \(xv), \(yv) but Def is true")
                    }
                }
            }
        }
    }

    @Test func claims() throws {
        // Domain p > 0, hypothesis 1/p ≤ 2, goal sqrt(x) ≥ 0.
        let c = Constraint(
            try Definedness.claim(parameterDomains: [(0 .< p).node], hypotheses: [(1 / p .<= 2).node], goal: (sqrt(x) .>= 0).node))
        #expect(try c.evaluate(at([ps: 1, xs: 1])))
        #expect(try !c.evaluate(at([ps: 1, xs: -1])))
        // Outside the domain nothing is required.
        #expect(try c.evaluate(at([ps: 0, xs: -1])))
        // Without the domain, the hypothesis is undefined at p = 0.
        let open = Constraint(try Definedness.claim(parameterDomains: [], hypotheses: [(1 / p .<= 2).node], goal: (x .>= 0).node))
        #expect(try !open.evaluate(at([ps: 0, xs: 1])))
        // The hypotheses guard the goal.
        let guarded = Constraint(try Definedness.claim(parameterDomains: [], hypotheses: [(x .>= 0).node], goal: (sqrt(x) .>= 0).node))
        #expect(try guarded.evaluate(at([xs: -1])))
        #expect(try guarded.evaluate(at([xs: 2])))
        let unguarded = Constraint(try Definedness.claim(parameterDomains: [], hypotheses: [(y .>= 0).node], goal: (sqrt(x) .>= 0).node))
        #expect(try !unguarded.evaluate(at([xs: -1, ys: 1])))
        #expect(try unguarded.evaluate(at([xs: -1, ys: -1])))
    }

    @Test func erasingCancelledTermsKeepsValuesWhereDefined() throws {
        let e = x + 1 / p - 1 / p
        #expect(e != x)
        let erased = Expr(try Definedness.erasingCancelledTerms(e.node))
        #expect(erased == x)
        // Equal where e is defined; the definedness conditions go to Def(e).
        #expect(try erased.evaluateScalar(at([xs: 3, ps: 2])) == e.evaluateScalar(at([xs: 3, ps: 2])))
        #expect(try !def(e).evaluate(at([xs: 3, ps: 0])))
        let v2 = sum(v / p - v / p) + sqrt(x)
        #expect(Expr(try Definedness.erasingCancelledTerms(v2.node)) == sqrt(x))
        #expect(try Definedness.erasingCancelledTerms((x + 1).node) === (x + 1).node)
    }

    @Test func atomicConditions() throws {
        let a = Expr.scalar("a"), b = Expr.scalar("b"), z = Expr.scalar("z")
        let e = 1 / x + sqrt(y) + log(z) + clip(a, b, p) + x.pow(Rational(-1, 3)) + sqrt(abs(y))
        let found = Definedness.atomicConditions(e.node)
        func has(_ kind: Definedness.Kind, _ t: Expr) -> Bool { found.contains { $0.kind == kind && $0.term === t.node } }
        #expect(has(.nonzero, x))
        #expect(has(.nonnegative, y))
        #expect(has(.positive, z))
        #expect(has(.positive, x))
        #expect(has(.ordered, p - b))
        #expect(found.count == 5, "\(found.map { "\($0.term) \($0.kind)" })")
        #expect(Definedness.atomicConditions((x + sign(y) + abs(z) + clip(x, 0, 1)).node).isEmpty)
        let k = try Definedness.atom(.nonzero, v.node)
        #expect(try Constraint(k).evaluate([vs: .vector([1, -1])]))
        #expect(try !Constraint(k).evaluate([vs: .vector([1, 0])]))
    }
}
