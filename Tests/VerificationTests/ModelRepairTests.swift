import Dynamics
import Foundation
import Symbolic
import Testing

@testable import Verification

/// The rational repair of a model with irrational values (ModelRepair.swift): a search whose
/// result counts only through the exact check of the claim as stated.
@Suite struct ModelRepairTests {
    /// With the algebraic check off unless asked: these tests are about the repair.
    static func verify(_ body: String, repair: Bool = true, algebraic: Bool = false) throws -> VerificationResult {
        var o = EngineOptions()
        o.rationalRepair = repair
        o.algebraicCheck = algebraic
        return try Engine(backend: Z3Backend(), options: o).verify(ClaimFile.parse("name = \"repair\"\n" + body))
    }

    /// w = y^{3/2} with y > 3/2: Z3's model has an irrational w; y = t⁴ makes it rational.
    static let repairable = """
        state = ["w", "y"]
        hypotheses = ["w >= 0", "w^4 == y^6", "y > 3/2"]
        goal = "w < 1"
        """

    @Test func anIrrationalModelIsRepairedAndCheckedExactly() throws {
        let r = try Self.verify(Self.repairable)
        #expect(r.verdict == .refuted)
        let cx = try #require(r.counterexample)
        #expect(cx.isExactlyChecked)
        #expect(cx.notes.contains { $0.hasPrefix("found by rational repair") }, "\(cx.notes)")
        // The values themselves violate the claim (checked here again, by hand).
        let w = try #require(cx.values[.scalar("w")]?.rational), y = try #require(cx.values[.scalar("y")]?.rational)
        #expect(w >= 0 && w.power(4) == y.power(6) && y > Rational(3, 2) && !(w < 1))
        // Without the repair the same model is only a model: unknown, with the reason.
        let plain = try Self.verify(Self.repairable, repair: false)
        #expect(plain.verdict == .unknown)
        #expect(plain.openCases.contains { $0.contains("irrational value for w") }, "\(plain.openCases)")
    }

    /// Every counterexample has x = ±√2: no rational one exists, so the repair must fail and
    /// the verdict stay unknown (never refuted) — unless the algebraic check confirms the
    /// irrational model exactly (then refuted, with x a root of t² − 2).
    @Test func withoutARationalCounterexampleOnlyTheAlgebraicCheckRefutes() throws {
        let claim = """
            state = ["x", "y"]
            hypotheses = ["x^2 == 2", "y > 0"]
            goal = "y <= 0"
            """
        let r = try Self.verify(claim)
        #expect(r.verdict == .unknown)
        #expect(r.counterexample == nil || r.counterexample?.isExactlyChecked == false)
        let a = try Self.verify(claim, algebraic: true)
        #expect(a.verdict == .refuted)
        let cx = try #require(a.counterexample)
        #expect(cx.isExactlyChecked)
        #expect(cx.notes.contains { $0.hasPrefix("checked in exact real algebraic arithmetic") }, "\(cx.notes)")
        let x = try #require(cx.values[.scalar("x")]?.realAlgebraic)
        var xa = x
        #expect(xa.sign(of: RationalPolynomial([-2, 0, 1])) == 0, "x² = 2 at the model's x")
    }

    @Test func rationalNearIsASixthPowerWithinTheTolerance() throws {
        let v = ExactValue.algebraic(lower: Rational(14142, 10000), upper: Rational(14143, 10000), decimal: "1.41421")
        let r = try #require(Engine.rationalNear(v, power: 6, tolerance: 1e-4))
        #expect(abs(r.doubleValue - 1.41425) / 1.41425 < 7e-4)
        // r = t⁶ for a rational t: its sixth root is rational (numerator and denominator).
        func isSixthPower(_ n: Double) -> Bool { let t = Foundation.pow(n, 1.0 / 6).rounded(); return Foundation.pow(t, 6) == n }
        #expect(isSixthPower(Double(r.numerator.description)!) && isSixthPower(Double(r.denominator.description)!), "\(r)")
        let negative = ExactValue.algebraic(lower: Rational(-3), upper: Rational(-2), decimal: "-2.5")
        #expect(try #require(Engine.rationalNear(negative, power: 6, tolerance: 1e-3)) < 0)
        #expect(Engine.rationalNear(.rational(Rational(1, 3)), power: 6, tolerance: 1e-3) == Rational(1, 3))
    }
}

/// Returns one fixed model for every query: a backend that lies.
final class FixedModelBackend: QueryBackend, Sendable {
    let model: [Symbol: ExactValue]
    init(_ model: [Symbol: ExactValue]) { self.model = model }
    var name: String { "fixed-model" }
    func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome { .sat(model) }
    func smtlib2(_ query: Query) -> String? { nil }
}

/// The algebraic check of irrational models: a model counts only when it satisfies the
/// claim's hypotheses and violates its goal in exact real algebraic arithmetic.
@Suite struct AlgebraicCheckTests {
    let claim = try! ClaimFile.parse("""
        name = "root"
        state = ["x", "y"]
        hypotheses = ["x^2 == 2", "y > 0"]
        goal = "x*y <= 1"
        """)

    func verify(_ model: [Symbol: ExactValue]) throws -> VerificationResult {
        var o = EngineOptions()
        o.rationalRepair = false
        return try Engine(backend: FixedModelBackend(model), options: o).verify(claim)
    }

    static func root(_ c: [Int], _ lo: Int, _ hi: Int) -> ExactValue {
        .algebraic(lower: Rational(lo), upper: Rational(hi), decimal: "?", polynomial: c.map { Rational($0) })
    }

    @Test func aTrueIrrationalCounterexampleRefutes() throws {
        let r = try verify([.scalar("x"): Self.root([-2, 0, 1], 1, 2), .scalar("y"): .rational(1)])
        #expect(r.verdict == .refuted)
        #expect(r.counterexample?.isExactlyChecked == true)
    }

    @Test func aWrongIrrationalModelNeverRefutes() throws {
        // √3 violates x² = 2; √2 with y = 1/2 satisfies the goal; an interval with two roots
        // of the polynomial, or no polynomial, cannot be checked.
        let models: [[Symbol: ExactValue]] = [
            [.scalar("x"): Self.root([-3, 0, 1], 1, 2), .scalar("y"): .rational(1)],
            [.scalar("x"): Self.root([-2, 0, 1], 1, 2), .scalar("y"): .rational(Rational(1, 2))],
            [.scalar("x"): Self.root([-2, 0, 1], -2, 2), .scalar("y"): .rational(1)],
            [.scalar("x"): .algebraic(lower: 1, upper: 2, decimal: "1.41"), .scalar("y"): .rational(1)],
        ]
        for m in models {
            let r = try verify(m)
            #expect(r.verdict != .refuted, "\(m): \(r.counterexample?.check ?? "")")
            #expect(r.counterexample?.isExactlyChecked != true)
        }
    }
}
