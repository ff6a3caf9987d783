import Testing
import Symbolic

/// The smart constructors never change where an expression is defined, and never depend
/// on the value of sign at 0 (docs/dsl.md, "What the simplifier never does").
@Suite struct SimplifierDefinednessTests {
    let x = Expr.scalar("x"), y = Expr.scalar("y"), v = Expr.vector("v")
    let xs = Symbol.scalar("x"), ys = Symbol.scalar("y"), vs = Symbol.vector("v")

    func at(_ pairs: [Symbol: Rational]) -> Environment<Rational> { pairs.mapValues { .scalar($0) } }

    /// True when evaluation fails because the expression is undefined there.
    func undefined(_ e: Expr, _ env: Environment<Rational>) -> Bool {
        do {
            _ = try e.evaluate(env)
            return false
        } catch {
            return error == .divisionByZero || { if case .domain = error { true } else { false } }()
        }
    }

    func undefined(_ c: Constraint, _ env: Environment<Rational>) -> Bool {
        do {
            _ = try c.evaluate(env)
            return false
        } catch {
            return error == .divisionByZero || { if case .domain = error { true } else { false } }()
        }
    }

    @Test func reciprocalOfAReciprocalKeepsItsUndefinedPoint() throws {
        let e = 1 / (1 / x)
        #expect(e != x)
        #expect(undefined(e, at([xs: 0])))
        #expect(try e.evaluateScalar(at([xs: 3])) == 3)
        // Folds that are exact including definedness still happen.
        #expect((x.pow(-1)).pow(2) == x.pow(-2))
        #expect((x.pow(2)).pow(-1) == x.pow(-2))
        #expect((x.pow(-1)).pow(-2) != x.pow(2))
        #expect(undefined((x.pow(-1)).pow(-2), at([xs: 0])))
    }

    @Test func cancelledPartialTermsKeepTheirDomain() throws {
        let e = 1 / y - 1 / y
        #expect(e != Expr(0))
        #expect(undefined(e, at([ys: 0])))
        #expect(try e.evaluateScalar(at([ys: 2])) == 0)
        // As a condition: not the constant true.
        let c = e .== 0
        #expect(c != Constraint(true))
        #expect(undefined(c, at([ys: 0])))
        #expect(try c.evaluate(at([ys: 5])))
        // Total terms still cancel.
        #expect(x - x == Expr(0))
        #expect(x + 1 / y - x == 1 / y)
        // sqrt(x) − sqrt(x) and 0·log(x) keep x's domain.
        #expect(undefined(sqrt(x) - sqrt(x), at([xs: -1])))
        #expect(undefined(0 * log(x), at([xs: 0])))
        #expect(undefined((1 / y) * 0 * x, at([xs: 1, ys: 0])))
        #expect(try ((1 / y) * 0 * x).evaluateScalar(at([xs: 1, ys: 3])) == 0)
        // 0·(total) is 0.
        #expect(0 * x == Expr(0))
        // y/y is not 1.
        #expect(y / y != Expr(1))
        #expect(undefined(y / y, at([ys: 0])))
        // t^0 is 1 only for a total t.
        #expect(x.pow(0) == Expr(1))
        #expect(undefined((1 / y).pow(0), at([ys: 0])))
        #expect(try (1 / y).pow(0).evaluateScalar(at([ys: 2])) == 1)
    }

    @Test func reductionsOfCancelledPartialVectorsKeepTheirDomain() throws {
        let w = v / y - v / y
        let env: Environment<Rational> = [vs: .vector([1, 2]), ys: .scalar(0)]
        let ok: Environment<Rational> = [vs: .vector([1, 2]), ys: .scalar(3)]
        for e in [sum(w), norm1(w), normInf(w), dot(w, v), dot(v, w)] {
            #expect(undefined(e, env), "\(e)")
            #expect(try e.evaluateScalar(ok) == 0, "\(e)")
        }
        // dot(0, 1/v) is undefined where a coordinate of v is 0.
        let z = dot(v - v, 1 / v)
        #expect(undefined(z, [vs: .vector([1, 0])]))
        #expect(try z.evaluateScalar([vs: .vector([1, 2])]) == 0)
    }

    @Test func foldsOfConditionsKeepPartialOperands() throws {
        let p = 1 / y .> 0
        // a ≤ a, ite(c, a, a), false ∧ p, true ∨ p, p ⇒ true: all strict or guarded in p.
        for c in [1 / y .<= 1 / y, Constraint(false) && p, Constraint(true) || p, p ==> Constraint(true)] {
            #expect(c != Constraint(true) && c != Constraint(false), "\(c)")
            #expect(undefined(c, at([ys: 0])), "\(c)")
        }
        #expect(try !(Constraint(false) && p).evaluate(at([ys: 1])))
        #expect(try (Constraint(true) || p).evaluate(at([ys: 1])))
        let e = ite(p, x, x)
        #expect(e != x)
        #expect(undefined(e, at([xs: 1, ys: 0])))
        #expect(try e.evaluateScalar(at([xs: 7, ys: 1])) == 7)
        // With total operands the folds happen.
        #expect((x .<= x) == Constraint(true))
        #expect(ite(x .> 0, y, y) == y)
        #expect((Constraint(false) && x .> 0) == Constraint(false))
        #expect((x .> 0 ==> Constraint(true)) == Constraint(true))
    }

    @Test func signIsFoldedOnlyAtNonZeroConstants() throws {
        #expect(sign(Expr(2)) == Expr(1))
        #expect(sign(Expr(Rational(-1, 3))) == Expr(-1))
        #expect(sign(Expr(0)) != Expr(0))
        #expect(!sign(Expr(0)).node.isConstant)
        #expect(sign(Expr(0)).description == "sign(0)")
        #expect(sign(x - x) == sign(Expr(0)))
        #expect(sign(sign(x)) != sign(x))
        #expect(sign(relu(x)) != relu(x) && sign(relu(x)) != sign(x))
        // Under sign(0) = 0 the value is still 0.
        #expect(try sign(Expr(0)).evaluateScalar(at([:])) == 0)
        // Convention-free folds stay.
        #expect(abs(abs(x)) == abs(x))
        #expect(relu(relu(x)) == relu(x))
        #expect(abs(Expr(0)) == Expr(0))
        #expect(relu(Expr(-2)) == Expr(0))
    }

    @Test func undefinedConstantsStayNodes() throws {
        let cases: [Expr] = [Expr(1) / Expr(0), Expr(0).pow(Rational(-1, 2)), sqrt(Expr(-1)), log(Expr(0)), log(Expr(-2))]
        for e in cases {
            #expect(!e.node.isConstant, "\(e)")
            #expect(undefined(e, at([:])), "\(e)")
            #expect(try Parser.expression(e.description, symbols: [xs]) == e, "\(e)")
            // Every other path handles them too (no trap): LaTeX, rebuilding, expansion,
            // derivatives (no error), the definedness formula (false: undefined everywhere).
            #expect(!e.latex.isEmpty)
            #expect(e.simplified == e)
            #expect(try e.expanded(dim: 2) == e)
            _ = try (e * x).derivative(withRespectTo: xs, convention: .implementation)
            #expect(try Definedness.formula(e.node) === Constraint(false).node, "\(e)")
        }
        #expect(Expr(0).pow(Rational(1, 2)) == Expr(0))
    }

    @Test func reversedClipBoundsStayAClip() throws {
        let e = clip(x, 1, 0)
        #expect(e.description == "clip(x, 1, 0)")
        #expect(undefined(e, at([xs: Rational(1, 2)])))
        let c = clip(Expr(Rational(1, 2)), 1, 0)
        #expect(!c.node.isConstant)
        #expect(undefined(c, at([:])))
        #expect(clip(Expr(2), 0, 1) == Expr(1))
        #expect(undefined(clip(x, y, 0), at([xs: 0, ys: 1])))
    }

    @Test func printThenParseKeepsPartialFolds() throws {
        let table: SymbolTable = [xs, ys, vs]
        let cases: [Expr] = [1 / y - 1 / y, (1 / y).pow(0), 1 / (1 / x), sign(x - x), ite(1 / y .> 0, x, x), sum(v / y - v / y)]
        for e in cases {
            #expect(try Parser.expression(e.description, symbols: table) == e, "\(e)")
            #expect(e.simplified == e)
        }
        let cs: [Constraint] = [Constraint(false) && 1 / y .> 0, 1 / y .<= 1 / y]
        for c in cs { #expect(try Parser.constraint(c.description, symbols: table) == c, "\(c)") }
    }
}
