@testable import Fuzz
import Symbolic
import Testing

/// The exact evaluator and the direct encoding follow the one definedness rule.
@Suite struct DefinednessTests {
    func value(_ e: FExpr, _ point: [String: Rational] = [:]) -> Exact<Rational> {
        var ev = Evaluator(point: point, subgradientAny: false)
        return ev.expr(e)
    }
    func isUndefined(_ r: Exact<Rational>) -> Bool { if case .undefined = r { true } else { false } }
    func number(_ r: Exact<Rational>) -> Rational? { if case .value(let v) = r { v } else { nil } }

    @Test func partialOperators() {
        #expect(isUndefined(value(.div(n(1), n(0)))))
        #expect(isUndefined(value(.pow(n(0), -1))))
        #expect(isUndefined(value(.pow(n(-1), Rational(1, 3)))))  // non-integer power of a negative base
        #expect(isUndefined(value(.pow(n(0), Rational(-1, 2)))))  // negative fractional power needs > 0
        #expect(number(value(.pow(n(0), Rational(1, 2)))) == 0)
        #expect(number(value(.pow(n(8), Rational(2, 3)))) == 4)
        #expect(number(value(.pow(n(4), Rational(-3, 2)))) == Rational(1, 8))
        #expect(number(value(.sqrt(n(Rational(9, 4))))) == Rational(3, 2))
        #expect(isUndefined(value(.sqrt(n(-1)))))
        #expect(isUndefined(value(.clip(u, n(1), n(0)), ["u": 5])))
        #expect(number(value(.clip(u, n(0), n(1)), ["u": 5])) == 1)
        if case .inexact = value(.sqrt(n(2))) {} else { Issue.record("sqrt(2) is not a rational") }
    }

    @Test func onlyTheChosenBranchAndTheNeededSideAreEvaluated() {
        // ite(u == 0, 0, 1/u) is defined at u = 0; 1/u + ite(...) is not.
        let guarded = FExpr.ite(.cmp(.eq, u, n(0)), n(0), .div(n(1), u))
        #expect(number(value(guarded, ["u": 0])) == 0)
        #expect(isUndefined(value(.add(.div(n(1), u), guarded), ["u": 0])))
        var ev = Evaluator(point: ["u": 0], subgradientAny: false)
        // u ≠ 0 ⇒ 1/u > 0 is defined at 0; (1/u > 0) or true is not (or is strict).
        if case .value(true) = ev.condition(.implies(.cmp(.ne, u, n(0)), .cmp(.gt, .div(n(1), u), n(0)))) {} else {
            Issue.record("an implication needs its conclusion only where the premise holds")
        }
        if case .undefined = ev.condition(.or(.cmp(.gt, .div(n(1), u), n(0)), .cmp(.eq, u, u))) {} else {
            Issue.record("or is strict")
        }
    }

    /// The direct encoding agrees: ∀u: ite(u == 0, 0, 1/u)·u == ite(u == 0, 0, 1) is defined
    /// and true; without the guard it is undefined at 0.
    @Test func directEncodingDefinedness() {
        let guarded = FExpr.ite(.cmp(.eq, u, n(0)), n(0), .div(n(1), u))
        let c = claim(goal: .cmp(.eq, .mul(guarded, u), .ite(.cmp(.eq, u, n(0)), n(0), n(1))))
        let a = Fuzzer.directAnswers(c, timeout: 10)
        #expect(a.count == 1 && a[0].holds)
        let unguarded = claim(goal: .cmp(.eq, .mul(.div(n(1), u), u), n(1)))
        let b = Fuzzer.directAnswers(unguarded, timeout: 10)
        #expect(b.count == 1 && b[0].main == .unsat && b[0].undefined == .sat)
    }

    /// A vector ite reads its condition per coordinate; a vector comparison elsewhere means
    /// every coordinate.
    @Test func vectorSemantics() {
        let c = claim(
            dim: .fixed([2]), scalars: [], vectors: ["x"],
            goal: .cmp(.ge, .ite(.cmp(.gt, x, n(0)), x, .neg(x)), n(0)))
        let answers = Fuzzer.directAnswers(c, timeout: 10)
        #expect(answers.count == 1 && answers[0].holds)
        let sc = Instantiate.claim(c, dimension: 2)!
        #expect(PointCheck.judge(sc, kind: .forall, point: ["x[1]": -1, "x[2]": 2], subgradientAny: false) == .fine)
        // not (x <= 0) is "some coordinate > 0": true at (−1, 2), false at (−1, 0).
        let d = claim(dim: .fixed([2]), scalars: [], vectors: ["x"], goal: .not(.cmp(.le, x, n(0))))
        let sd = Instantiate.claim(d, dimension: 2)!
        #expect(PointCheck.judge(sd, kind: .forall, point: ["x[1]": -1, "x[2]": 2], subgradientAny: false) == .fine)
        #expect(PointCheck.judge(sd, kind: .forall, point: ["x[1]": -1, "x[2]": 0], subgradientAny: false) == .counterexample)
        // x[2] does not exist at d = 1.
        let e = claim(dim: .fixed([1]), scalars: [], vectors: ["x"], goal: .cmp(.gt, .coord("x", 2), n(0)))
        #expect(Instantiate.claim(e, dimension: 1) == nil)
        #expect(DirectOracle.dimensions(e).isEmpty)
    }
}
