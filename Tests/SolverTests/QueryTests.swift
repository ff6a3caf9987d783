import Testing
@testable import Solver
import Symbolic

@Suite("Queries and exact models")
struct QueryTests {
    @Test("x·x < 0 over the reals is unsat")
    func squareBelowZeroIsUnsat() throws {
        for logic in [Logic.default, .qfnra] {
            let c = try SolverContext()
            let x = try c.real("x")
            let solver = try Fixtures.solver(c, [c.lt(c.mul([x, x]), c.numeral("0"))], logic: logic)
            #expect(try solver.check() == .unsat)
        }
    }

    @Test("x·x ≥ 0 is proved by unsat of its negation")
    func squareNonNegativeProved() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let claim = try c.ge(c.power(x, 2), c.numeral("0"))
        let solver = try Fixtures.solver(c, [c.not(claim)], logic: .qfnra)
        #expect(try solver.check() == .unsat)
        // And the claim itself is satisfiable (the solver is not just answering unsat).
        let positive = try Fixtures.solver(c, [claim], logic: .qfnra)
        #expect(try positive.check().isSat)
    }

    @Test("3x = 1 gives exactly x = 1/3")
    func exactRationalModel() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let solver = try Fixtures.solver(c, [c.eq(c.mul([c.numeral("3"), x]), c.numeral("1"))])
        let outcome = try solver.check(evaluating: [c.add([x, c.numeral("1")]), x])
        let model = try #require(outcome.model)
        #expect(model["x"] == .rational(Rational(1, 3)))
        #expect(model.evaluations == [.rational(Rational(4, 3)), .rational(Rational(1, 3))])
    }

    @Test("x·x = 2 gives an algebraic value with tight exact bounds")
    func algebraicSquareRootOfTwo() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let solver = try Fixtures.solver(
            c, [c.eq(c.mul([x, x]), c.numeral("2")), c.gt(x, c.numeral("0"))], logic: .qfnra)
        let two = Rational(2)
        for exponent in [20, 3, 60] {
            let width = Fixtures.tenToMinus(exponent)
            let outcome = try solver.check(evaluating: [c.mul([x, x])], algebraicWidth: width)
            let model = try #require(outcome.model)
            guard case .algebraic(let lower, let upper, let decimal, let polynomial) = model["x"] else {
                Issue.record("x is not algebraic: \(String(describing: model["x"]))")
                continue
            }
            // Z3's defining polynomial: a multiple of t² − 2 (lowest degree first).
            #expect(polynomial.count == 3 && polynomial[1].isZero && polynomial[0] == -2 * polynomial[2], "\(polynomial)")
            #expect(lower < upper)
            #expect(upper - lower <= width)
            #expect(lower > Rational.zero)
            #expect(lower * lower <= two)
            #expect(two <= upper * upper)
            #expect(decimal.hasPrefix(exponent >= 8 ? "1.41421356" : "1.41"))
            // x·x evaluates exactly to 2 in Z3's algebraic arithmetic.
            #expect(model.evaluations == [.rational(two)])
        }
        // The default width is 10^-20.
        let model = try #require(try solver.check().model)
        guard case .algebraic(let lower, let upper, _, _) = model["x"] else {
            Issue.record("x is not algebraic")
            return
        }
        #expect(upper - lower <= Fixtures.tenToMinus(20))
        #expect(ModelValue.defaultAlgebraicWidth == Fixtures.tenToMinus(20))
    }

    @Test("a model outlives its context")
    func modelOutlivesContext() throws {
        func solve() throws -> (Outcome, InterruptHandle) {
            let c = try SolverContext()
            let x = try c.real("x")
            let b = try c.bool("b")
            let solver = try Fixtures.solver(
                c, [c.eq(c.mul([c.numeral("7"), x]), c.numeral("-2")), b])
            return (try solver.check(), c.interruptHandle)
        }
        let (outcome, handle) = try solve()
        #expect(!handle.isContextAlive)
        let model = try #require(outcome.model)
        #expect(model["x"]?.rational == Rational(-2, 7))
        #expect(model["b"]?.bool == true)
    }

    @Test("numeral text: only p and p/q are accepted")
    func numeralText() throws {
        let c = try SolverContext()
        for bad in ["1e-5", "1e-05", "1E5", "0.5", ".5", "+1", " 1", "1 ", "", "-", "1/", "/2", "1/0",
                    "1//2", "1/2/3", "abc", "1/-2", "--1", "0x10", "½"] {
            #expect(throws: SolverError(.invalidNumeral(bad)), "\(bad)") { try c.numeral(bad) }
        }
        let y = try c.real("y")
        let cases: [(String, Rational)] = [
            ("1/100000", Rational(1, 100_000)),
            ("-7/21", Rational(-1, 3)),
            ("0", Rational.zero),
            ("-0", Rational.zero),
            ("123456789012345678901234567890/7", try #require(Rational("123456789012345678901234567890/7"))),
        ]
        for (text, value) in cases {
            let solver = try Fixtures.solver(c, [c.eq(y, c.numeral(text))])
            let model = try #require(try solver.check().model)
            #expect(model["y"] == .rational(value), "\(text)")
        }
        // The Rational path reads decimal/scientific text exactly: 1e-5 = 1/100000.
        let scientific = try c.numeral(try #require(Rational("1e-5")))
        let differ = try Fixtures.solver(c, [c.not(c.eq(scientific, c.numeral("1/100000")))])
        #expect(try differ.check() == .unsat)
    }

    @Test("arithmetic and Boolean operations have their meaning")
    func operations() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let n = try c.int("n")
        let b = try c.bool("b")
        // x³ = 8 → x = 2; n·n = 49, n > 0 → n = 7; ite(b, 1, 2) = 2 → b false.
        let solver = try Fixtures.solver(c, [
            c.eq(c.power(x, 3), c.numeral("8")),
            c.eq(c.mul([n, n]), c.integer(49)),
            c.gt(n, c.integer(0)),
            c.eq(c.ite(b, c.numeral("1"), c.numeral("2")), c.numeral("2")),
        ])
        let outcome = try solver.check(evaluating: [
            c.div(c.toReal(n), c.numeral("2")),
            c.sub(x, c.numeral("1/2")),
            c.neg(x),
            c.power(x, -2),
            c.power(x, 0),
            c.implies(b, c.false()),
            c.iff(b, c.true()),
            c.distinct([x, c.numeral("2")]),
        ])
        let model = try #require(outcome.model)
        #expect(model["x"] == .rational(Rational(2)))
        #expect(model["n"] == .rational(Rational(7)))
        #expect(model["b"] == .bool(false))
        #expect(model.evaluations == [
            .rational(Rational(7, 2)), .rational(Rational(3, 2)), .rational(Rational(-2)),
            .rational(Rational(1, 4)), .rational(Rational.one), .bool(true), .bool(false), .bool(false),
        ])
        #expect(try x.sort == .real)
        #expect(try n.sort == .int)
        #expect(try b.sort == .bool)
        #expect(try c.toReal(n).sort == .real)
    }

    @Test("three distinct reals with zero sum of squares: unsat; and/or/empty cases")
    func distinctAndConnectives() throws {
        let c = try SolverContext()
        let vars = try ["a", "b", "c"].map { try c.real($0) }
        let squares = try c.add(vars.map { try c.mul([$0, $0]) })
        let solver = try Fixtures.solver(c, [c.distinct(vars), c.eq(squares, c.numeral("0"))], logic: .qfnra)
        #expect(try solver.check() == .unsat)
        let p = try c.bool("p")
        let q = try c.bool("q")
        let modusPonens = try Fixtures.solver(c, [c.and([c.implies(p, q), p, c.not(q)])])
        #expect(try modusPonens.check() == .unsat)
        let empty = try Fixtures.solver(c, [c.and([]), c.not(c.or([])), c.eq(c.add([]), c.numeral("0")),
                                            c.eq(c.mul([]), c.numeral("1")), c.distinct([p])])
        #expect(try empty.check().isSat)
    }

    @Test("quantifiers bind constants: ∀y. y² ≥ x has a model with x ≤ 0")
    func quantifiers() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let y = try c.real("y")
        let solver = try Fixtures.solver(
            c, [c.forall([y], c.ge(c.mul([y, y]), x)), c.gt(x, c.numeral("-1"))], logic: .nra)
        let model = try #require(try solver.check().model)
        let value = try #require(model["x"]?.rational)
        #expect(value <= Rational.zero && value > Rational(-1))
        // ∃y. y² = x ∧ x < 0 is unsat.
        let exists = try Fixtures.solver(
            c, [c.exists([y], c.eq(c.mul([y, y]), x)), c.lt(x, c.numeral("0"))], logic: .nra)
        #expect(try exists.check() == .unsat)
        // Binding a non-constant is refused before Z3 sees it.
        #expect(throws: SolverError.self) { try c.forall([c.mul([y, y])], c.ge(y, x)) }
        #expect(throws: SolverError.self) { try c.forall([c.numeral("1")], c.ge(y, x)) }
        #expect(throws: SolverError.self) { try c.forall([y], c.add([y, x])) }
    }

    @Test("push and pop scope assertions")
    func pushPop() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let solver = try Fixtures.solver(c, [c.gt(x, c.numeral("0"))], logic: .qflra)
        try solver.push()
        #expect(try solver.scopeCount == 1)
        try solver.assert(c.lt(x, c.numeral("0")))
        #expect(try solver.check() == .unsat)
        try solver.pop()
        #expect(try solver.scopeCount == 0)
        #expect(try solver.check().isSat)
    }

    @Test("misuse is reported as SolverError")
    func misuse() throws {
        let c = try SolverContext()
        let other = try SolverContext()
        let x = try c.real("x")
        #expect(throws: SolverError(.foreignTerm)) { try other.add([x, x]) }
        let solver = try other.makeSolver()
        #expect(throws: SolverError(.foreignTerm)) { try solver.assert(c.gt(x, x)) }
        #expect(throws: SolverError(.foreignTerm)) { try solver.check(evaluating: [x]) }
        #expect(throws: SolverError(.nameClash("x"))) { try c.bool("x") }
        #expect(throws: SolverError(.invalidName("a|b"))) { try c.real("a|b") }
        #expect(throws: SolverError(.invalidName(""))) { try c.real("") }
        #expect(throws: SolverError.self) { try c.makeSolver(timeout: .milliseconds(-1)) }
        #expect(throws: SolverError.self) { try solver.check(algebraicWidth: Rational.zero) }
        #expect(throws: SolverError.self) { try c.power(x, 20_000) }
        // Declaring the same name with the same sort again is the same constant.
        let again = try c.real("x")
        let same = try Fixtures.solver(c, [c.not(c.eq(x, again))])
        #expect(try same.check() == .unsat)
    }

    @Test("the linked Z3 version is reported")
    func version() {
        let version = Z3Library.version
        let parts = version.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
        #expect(Z3Library.fullVersion.hasPrefix(version))
    }
}
