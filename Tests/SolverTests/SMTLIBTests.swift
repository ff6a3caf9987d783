import Testing
@testable import Solver
import Symbolic

@Suite("SMT-LIB2 export and re-check")
struct SMTLIBTests {
    @Test("a sat query round-trips to the same model values")
    func satRoundTrip() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let y = try c.real("y")
        let b = try c.bool("flag")
        let solver = try Fixtures.solver(c, [
            c.eq(c.mul([x, x]), c.numeral("2")),
            c.gt(x, c.numeral("0")),
            c.eq(c.mul([c.numeral("3"), y]), c.numeral("1")),
            c.iff(b, c.lt(y, c.numeral("1/2"))),
        ], logic: .qfnra)
        let text = try solver.smtlib2()
        #expect(text.contains("(set-logic QF_NRA)"))
        #expect(text.contains("(check-sat)"))
        let original = try solver.check()
        // The export does not change once the solver has run.
        #expect(try solver.smtlib2() == text)
        let rechecked = try SolverContext.check(smtlib2: text, logic: .qfnra)
        let a = try #require(original.model)
        let r = try #require(rechecked.model)
        #expect(r["y"] == .rational(Rational(1, 3)))
        #expect(r["y"] == a["y"])
        #expect(r["flag"] == .bool(true))
        guard case .algebraic(let lower, let upper, _, _) = r["x"] else {
            Issue.record("x is not algebraic after the round trip")
            return
        }
        #expect(lower * lower <= Rational(2) && Rational(2) <= upper * upper && lower > Rational.zero)
    }

    @Test("an unsat query round-trips to unsat, with each logic")
    func unsatRoundTrip() throws {
        for logic in Logic.allCases where logic != .qflra {
            let c = try SolverContext()
            let x = try c.real("x")
            let solver = try Fixtures.solver(c, [c.lt(c.mul([x, x]), c.numeral("-1/1000"))], logic: logic)
            let text = try solver.smtlib2()
            #expect(try solver.check() == .unsat)
            #expect(try SolverContext.check(smtlib2: text, logic: logic) == .unsat)
            #expect(try SolverContext.check(smtlib2: text) == .unsat)
        }
    }

    @Test("a quantified NRA query round-trips")
    func quantifiedRoundTrip() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let y = try c.real("y")
        let solver = try Fixtures.solver(
            c, [c.forall([y], c.ge(c.mul([y, y]), x)), c.gt(x, c.numeral("-1"))], logic: .nra)
        let text = try solver.smtlib2()
        #expect(text.contains("forall"))
        let original = try solver.check()
        #expect(original.isSat)
        let rechecked = try SolverContext.check(smtlib2: text, logic: .nra)
        #expect(rechecked.isSat)
        // Strengthened to x > 0 it is unsat, before and after the round trip.
        let strict = try Fixtures.solver(
            c, [c.forall([y], c.ge(c.mul([y, y]), x)), c.gt(x, c.numeral("0"))], logic: .nra)
        let strictText = try strict.smtlib2()
        #expect(try strict.check() == .unsat)
        #expect(try SolverContext.check(smtlib2: strictText, logic: .nra) == .unsat)
    }

    @Test("an empty solver exports a trivially sat script")
    func emptyExport() throws {
        let c = try SolverContext()
        let text = try c.makeSolver().smtlib2()
        #expect(text.contains("(check-sat)"))
        #expect(try SolverContext.check(smtlib2: text).isSat)
    }
}
