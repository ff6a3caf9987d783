import Foundation
import Testing
@testable import Solver
import Symbolic

@Suite("Strategies and portfolios")
struct PortfolioTests {
    /// x² < −1: unsat for every strategy.
    static func negativeSquare(_ c: SolverContext) throws -> [Solver.Term] {
        let x = try c.real("x")
        return [try c.lt(c.mul([x, x]), c.numeral("-1"))]
    }

    /// x·y > 1, x < 0, y ≥ −3, with an ite and a disjunction: sat.
    static func mixed(_ c: SolverContext) throws -> [Solver.Term] {
        let x = try c.real("x")
        let y = try c.real("y")
        let absX = try c.ite(c.ge(x, c.numeral("0")), x, c.neg(x))
        return [
            try c.gt(c.mul([x, y]), c.numeral("1")),
            try c.lt(x, c.numeral("0")),
            try c.ge(y, c.numeral("-3")),
            try c.or([c.le(absX, c.numeral("5")), c.eq(y, c.numeral("7"))]),
        ]
    }

    @Test("every strategy decides small queries, and its models satisfy them exactly", arguments: Strategy.allCases)
    func strategiesDecide(strategy: Strategy) throws {
        let c = try SolverContext()
        let solver = try c.makeSolver(strategy: strategy, timeout: .seconds(20))
        #expect(solver.strategy == strategy)
        for a in try Self.negativeSquare(c) { try solver.assert(a) }
        #expect(try solver.check() == .unsat)

        let d = try SolverContext()
        let s2 = try d.makeSolver(strategy: strategy, timeout: .seconds(20))
        for a in try Self.mixed(d) { try s2.assert(a) }
        let x = try d.real("x")
        let y = try d.real("y")
        let model = try #require(try s2.check(evaluating: [x, y]).model)
        let xv = try #require(model.evaluations[0].rational)
        let yv = try #require(model.evaluations[1].rational)
        #expect(xv * yv > Rational(1))
        #expect(xv < Rational.zero)
        #expect(yv >= Rational(-3))
        #expect(xv.magnitude <= Rational(5) || yv == Rational(7))
    }

    static func squareIsTwo(_ c: SolverContext) throws -> [Solver.Term] {
        let x = try c.real("x")
        return [try c.eq(c.mul([x, x]), c.numeral("2")), try c.gt(x, c.numeral("0"))]
    }

    @Test("an irrational model comes back as exact algebraic bounds from nlsat, and from the portfolio")
    func algebraicModels() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let s = try c.makeSolver(strategy: .nlsat, timeout: .seconds(20))
        for a in try Self.squareIsTwo(c) { try s.assert(a) }
        let model = try #require(try s.check(evaluating: [x]).model)
        guard case .algebraic(let lo, let hi, _, _) = model.evaluations[0] else {
            Issue.record("√2 is not rational: \(model)")
            return
        }
        #expect(lo * lo < Rational(2) && hi * hi > Rational(2))

        // The SMT core without nested nlsat gives up on it: the price of interruptibility.
        let smt = try c.makeSolver(strategy: .smt, timeout: .seconds(20))
        for a in try Self.squareIsTwo(c) { try smt.assert(a) }
        guard case .unknown(let reason) = try smt.check() else {
            Issue.record("the SMT core decided x² = 2 without nlsat")
            return
        }
        #expect("\(reason)".contains("incomplete"))

        // Smt first in the portfolio: it drops out and nlsat finds the model.
        let decision = try c.decide(Self.squareIsTwo(c), evaluating: [x], portfolio: Portfolio([.smt, .nlsat], firstSlice: 0.25, growth: 4), timeout: .seconds(20))
        #expect(decision.strategy == .nlsat)
        #expect(decision.attempts.map(\.strategy) == [.smt, .nlsat])
    }

    @Test("the portfolio names the strategy that decided, and lists every attempt")
    func decisionRecordsStrategy() throws {
        let c = try SolverContext()
        let decision = try c.decide(Self.negativeSquare(c), portfolio: .standard, timeout: .seconds(20))
        #expect(decision.outcome == .unsat)
        let strategy = try #require(decision.strategy)
        #expect(Portfolio.standard.strategies.contains(strategy))
        #expect(decision.attempts.last?.strategy == strategy)
        #expect(decision.attempts.last?.answer == "unsat")
        // Every attempt before the deciding one ran out of its slice.
        for a in decision.attempts.dropLast() { #expect(a.answer == "unknown (timeout)") }

        let only = try c.decide(Self.negativeSquare(c), portfolio: .only(.smt), timeout: .seconds(20))
        #expect(only.outcome == .unsat)
        #expect(only.strategy == .smt)
        #expect(only.attempts.count == 1)
        // One strategy gets the whole timeout at once (what is left of it), not a slice.
        let slice = try #require(only.attempts[0].slice)
        #expect(slice <= 20 && slice > 10)
    }

    @Test("a strategy that gives up (incomplete) is dropped and the other gets the rest of the time")
    func incompleteStrategyDropped() throws {
        let c = try SolverContext()
        // The SMT core (without its nested nlsat) answers "incomplete" on this system at once;
        // nlsat does not decide it within a second.
        let portfolio = Portfolio([.nlsat, .smt], firstSlice: 0.1, growth: 2)
        let decision = try c.decide(Fixtures.hardRealSystem(c), portfolio: portfolio, timeout: .seconds(1))
        #expect(decision.outcome == .unknown(.timeout))
        #expect(decision.strategy == nil)
        #expect(decision.attempts.map(\.strategy) == [.nlsat, .smt, .nlsat])
        #expect(decision.attempts[0].slice.map { abs($0 - 0.1) < 1e-9 } == true)
        #expect(decision.attempts[1].answer.contains("incomplete"))
        let slices = decision.attempts.compactMap(\.slice)
        #expect(slices.count == 3)
        #expect(slices[0] + slices[2] <= 1 + 1e-9)
    }

    @Test("a query no strategy decides ends unknown (timeout) within the total; slices grow round by round")
    func hardQueryRunsOutOfTime() throws {
        let c = try SolverContext()
        let portfolio = Portfolio([.nlsat, .z3default], firstSlice: 0.1, growth: 2)
        let decision = try c.decide(Fixtures.hardRealSystem(c), portfolio: portfolio, timeout: .seconds(1))
        #expect(decision.outcome == .unknown(.timeout))
        #expect(decision.strategy == nil)
        let slices = decision.attempts.compactMap(\.slice)
        #expect(slices.count == decision.attempts.count)
        #expect(slices.count >= 4)
        #expect(slices.reduce(0, +) <= 1 + 1e-9)
        // Round 1 gives each strategy 0.1 s, round 2 gives 0.2 s.
        #expect(Array(decision.attempts.prefix(4).map(\.strategy)) == [.nlsat, .z3default, .nlsat, .z3default])
        #expect(abs(slices[0] - 0.1) < 1e-9 && abs(slices[1] - 0.1) < 1e-9)
        #expect(abs(slices[2] - 0.2) < 1e-9 && abs(slices[3] - 0.2) < 1e-9)
        for a in decision.attempts { #expect(a.answer == "unknown (timeout)") }
    }

    @Test("after its rounds the portfolio hands all the time left to its final strategy")
    func finalStrategyGetsTheRest() throws {
        let c = try SolverContext()
        let portfolio = Portfolio([.nlsat], firstSlice: 0.1, growth: 2, rounds: 2, final: .z3default)
        let decision = try c.decide(Fixtures.hardRealSystem(c), portfolio: portfolio, timeout: .seconds(1))
        #expect(decision.outcome == .unknown(.timeout))
        #expect(decision.attempts.map(\.strategy) == [.nlsat, .nlsat, .z3default])
        let slices = decision.attempts.compactMap(\.slice)
        #expect(slices.count == 3)
        #expect(abs(slices[0] - 0.1) < 1e-9 && abs(slices[1] - 0.2) < 1e-9)
        #expect(slices[2] <= 0.7 + 1e-9)

        // A query the final strategy decides: it answers after the rounds.
        let x = try c.real("x")
        let easy = try c.decide(Self.squareIsTwo(c), evaluating: [x], portfolio: Portfolio([.smt], firstSlice: 0.1, growth: 2, rounds: 1, final: .nlsat), timeout: .seconds(20))
        #expect(easy.strategy == .nlsat)
        #expect(easy.attempts.map(\.strategy) == [.smt, .nlsat])
        // Its model (found in the final attempt's own context) is read exactly: x = √2.
        guard case .sat(let model) = easy.outcome, case .algebraic(let lo, let hi, _, let poly) = model.evaluations.first else {
            Issue.record("no algebraic x: \(easy.outcome)")
            return
        }
        #expect(lo * lo < Rational(2) && Rational(2) < hi * hi && poly.count == 3)
        #expect(Portfolio.standard.description == "nlsat/smt (slices 0.25 s ×4, 3 rounds), then smt-nra")
    }

    @Test("an interrupted context ends the portfolio at once with unknown (interrupted)")
    func interruptEndsPortfolio() throws {
        let c = try SolverContext()
        c.interruptHandle.interrupt()
        let decision = try c.decide(Fixtures.hardRealSystem(c), portfolio: .standard, timeout: .seconds(30))
        #expect(decision.outcome == .unknown(.interrupted))
        #expect(decision.attempts.count == 1)
    }

    @Test("the final strategy runs in a context of its own, which the query context's interrupt stops too")
    func finalStrategyInAFollowerContextIsInterrupted() throws {
        let c = try SolverContext()
        let handle = c.interruptHandle
        // Rounds of 0.05 s + 0.05 s, then z3-default with 30 s left: interrupted well before.
        let portfolio = Portfolio([.nlsat], firstSlice: 0.05, growth: 1, rounds: 2, final: .z3default)
        let stopper = Thread {
            Thread.sleep(forTimeInterval: 1.0)
            handle.interrupt()
        }
        stopper.start()
        let decision = try c.decide(Fixtures.hardRealSystem(c), portfolio: portfolio, timeout: .seconds(30))
        #expect(decision.outcome == .unknown(.interrupted), "a timeout here means the interrupt never reached the final attempt's context")
        #expect(decision.attempts.last?.strategy == .z3default)

        // A follower made after the interrupt is interrupted at once.
        let late = try c.makeFollower()
        #expect(late.interruptHandle.isInterrupted)
    }

    @Test("malformed portfolios are rejected")
    func invalidPortfolios() throws {
        let c = try SolverContext()
        let q = try Self.negativeSquare(c)
        #expect(throws: SolverError.self) { try c.decide(q, portfolio: Portfolio([], firstSlice: 1, growth: 2), timeout: nil) }
        #expect(throws: SolverError.self) { try c.decide(q, portfolio: Portfolio([.smt], firstSlice: 0, growth: 2), timeout: nil) }
        #expect(throws: SolverError.self) { try c.decide(q, portfolio: Portfolio([.smt], firstSlice: 1, growth: 0.5), timeout: nil) }
        #expect(throws: SolverError.self) { try c.decide(q, portfolio: .standard, timeout: .seconds(-1)) }
        #expect(throws: SolverError.self) { try c.decide(q, portfolio: Portfolio([.smt], firstSlice: 1, growth: 2, rounds: -1), timeout: nil) }
    }
}
