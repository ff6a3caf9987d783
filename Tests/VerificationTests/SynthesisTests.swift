import Dynamics
import Foundation
import Symbolic
import Testing

@testable import Verification

/// `Engine.synthesize` (docs/synthesis.md): certified regions of one unknown.
@Suite struct SynthesisTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func simplestRationals() {
        func simplest(_ l: Rational, _ u: Rational, _ lc: Bool = true, _ uc: Bool = true) -> Rational? {
            SimplestRational.in(ParameterDomain(lower: l, lowerClosed: lc, upper: u, upperClosed: uc))
        }
        #expect(simplest(Rational(1, 3), Rational(1, 2)) == Rational(1, 2))
        #expect(simplest(Rational(1, 3), Rational(1, 2), true, false) == Rational(1, 3))
        #expect(simplest(Rational(1, 3), Rational(1, 2), false, false) == Rational(2, 5))
        #expect(simplest(Rational(89, 100), Rational(892, 1000)) == Rational(33, 37))
        #expect(simplest(Rational(8909, 10000), Rational(8912, 10000)) == Rational(49, 55))
        #expect(simplest(Rational(891088, 1_000_000), Rational(891090, 1_000_000)) == Rational(90, 101))
        #expect(simplest(-2, 3) == 0)
        #expect(simplest(Rational(-7, 2), Rational(-3, 1), false, false) == Rational(-10, 3))
        #expect(simplest(2, 2) == 2)
        // Whatever it returns lies in the interval and no smaller denominator does.
        for (l, u) in [
            (Rational(31, 97), Rational(32, 97)), (Rational(1, 1000), Rational(2, 1000)), (Rational(5, 7), Rational(6, 7)),
            (Rational(89, 100), Rational(892, 1000)), (Rational(8909, 10000), Rational(8912, 10000)),
        ] {
            let s = simplest(l, u, false, false)!
            #expect(l < s && s < u)
            for q in 1..<Int(s.denominator.description)! {
                let k = Rational((l * Rational(q)).floor) + 1
                #expect(!(k / Rational(q) < u), "\(k)/\(q) is simpler than \(s) in (\(l), \(u))")
            }
        }
    }

    @Test func removingAnIntervalKeepsTheRest() {
        let i = ParameterDomain.closed(0, 2)
        let parts = i.removing(ParameterDomain(lower: Rational(1, 2), lowerClosed: false, upper: 1, upperClosed: true))
        #expect(parts.count == 2)
        #expect(parts[0] == ParameterDomain(lower: 0, upper: Rational(1, 2)))
        #expect(parts[1] == ParameterDomain(lower: 1, lowerClosed: false, upper: 2))
        #expect(i.removing(i).isEmpty)
        #expect(i.removing(.exactly(2)) == [ParameterDomain(lower: 0, upper: 2, upperClosed: false)])
    }

    static func synthesize(_ file: String, max: Int = 60) throws -> SynthesisResult {
        let claim = try ClaimFile.load(path: root.appendingPathComponent(file).path)
        var o = EngineOptions()
        o.queryTimeout = 30
        o.budget = 120
        let range = try #require(claim.parameters.first { $0.symbol.name == "c" }?.domain)
        return try Engine(backend: Z3Backend(), options: o).synthesize(claim, unknown: "c", range: range, tolerance: Rational(1, 1_000_000_000), maxVerifications: max)
    }

    @Test func theorem41sCoefficientIsTheOnlyValue() throws {
        let r = try Self.synthesize("examples/synthesis-lyapunov-l1-c.toml")
        #expect(r.merged == [.exactly(Rational(90, 101))], "\(r.regions.map { "\($0.kind) \($0.domain)" })")
        #expect(!r.regions.contains { $0.kind == .undecided })
        // Both sides fail, each certified by a counterexample checked exactly and a proof in c.
        let fails = r.regions.filter { $0.kind == .fails }
        #expect(fails.count == 2)
        for f in fails {
            #expect(f.counterexample?.isExactlyChecked == true)
            #expect(f.proof?.verdict.isProof == true)
        }
        #expect(fails.contains { $0.domain.upper == Rational(90, 101) && !$0.domain.upperClosed })
        #expect(fails.contains { $0.domain.lower == Rational(90, 101) && !$0.domain.lowerClosed })
    }

    @Test func aClaimFalseForEveryValueGivesTheEmptySet() throws {
        let claim = try ClaimFile.parse(
            "name = \"never\"\nstate = [\"x\"]\ngoal = \"x + c >= x + 1 + x*x\"\n[unknowns]\nc = \"[0, 1/2]\"\n")
        let r = try Engine(backend: Z3Backend()).synthesize(claim, unknown: "c", range: .closed(0, Rational(1, 2)), tolerance: Rational(1, 1000))
        #expect(r.valid.isEmpty)
        #expect(r.regions.allSatisfy { $0.kind == .fails && $0.counterexample != nil })
        #expect(!r.regions.isEmpty)
    }

    /// A region certificate must cover only where its counterexample really fails: the
    /// margin's root is exact, and the point just inside the holds side is proved.
    @Test func failingRegionsStopAtTheExactRoot() throws {
        // x*x >= c - 1/4 holds iff c <= 1/4: fails exactly on (1/4, 1].
        let claim = try ClaimFile.parse("name = \"root\"\nstate = [\"x\"]\ngoal = \"x*x >= c - 1/4\"\n[unknowns]\nc = \"[0, 1]\"\n")
        let r = try Engine(backend: Z3Backend()).synthesize(claim, unknown: "c", range: .closed(0, 1), tolerance: Rational(1, 1000))
        #expect(r.merged == [ParameterDomain.closed(0, Rational(1, 4))], "\(r.regions.map { "\($0.kind) \($0.domain)" })")
        #expect(r.regions.filter { $0.kind == .fails }.allSatisfy { ($0.domain.lower ?? 0) >= Rational(1, 4) })
    }
}
