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

/// Several unknowns (docs/synthesis.md "Several unknowns"): the counterexample-guided search
/// and the box map of two unknowns. Every verdict is re-checked here by other means.
@Suite struct SynthesisSeveralUnknownsTests {
    static let engine: Engine = {
        var o = EngineOptions()
        o.queryTimeout = 30
        o.budget = 120
        return Engine(backend: Z3Backend(), options: o)
    }()

    /// x² − a·x + b ≥ 0 for every x iff a² ≤ 4b.
    static let quadratic = "name = \"quadratic\"\nstate = [\"x\"]\ngoal = \"x*x - a*x + b >= 0\"\n"

    /// The claim file `text` with the unknowns as its [unknowns] table.
    static func claim(_ text: String, _ unknowns: [(String, ParameterDomain)]) throws -> Claim {
        try ClaimFile.parse(text + "[unknowns]\n" + unknowns.map { "\($0.0) = \"\($0.1)\"\n" }.joined())
    }

    @Test func theSearchFindsAProvedPointAfterCounterexamples() throws {
        let box: [(String, ParameterDomain)] = [("a", .closed(2, 5)), ("b", .closed(0, 2))]
        let c = try Self.claim(Self.quadratic, box)
        let r = try Self.engine.search(c, unknowns: box, maxVerifications: 60)
        #expect(r.outcome == .holds, "\(r.reason ?? "")")
        // The first candidate (a = 3, b = 1) fails: at least one counterexample was used.
        #expect(!r.rounds.isEmpty)
        #expect(r.rounds.allSatisfy { $0.counterexample?.isExactlyChecked == true && $0.constraint != nil })
        let p = try #require(r.point)
        let (a, b) = (try #require(p["a"]), try #require(p["b"]))
        #expect(box[0].1.contains(a) && box[1].1.contains(b))
        #expect(a * a <= 4 * b, "the point \(a), \(b) is not valid")
        // Its proof, re-run.
        let again = try Self.engine.verify(c.with("a", domain: .exactly(a)).with("b", domain: .exactly(b)))
        #expect(again.verdict.isProof)
        #expect(r.proof?.verdict.isProof == true)
    }

    @Test func theorem41WithTwoCoefficientsEndsAtTheTheoremsValue() throws {
        let c = try ClaimFile.load(path: SynthesisTests.root.appendingPathComponent("examples/synthesis-lyapunov-l1-two-coefficients.toml").path)
        let box = ["a", "b"].map { n in (n, c.parameters.first { $0.symbol.name == n }!.domain) }
        let r = try Self.engine.search(c, unknowns: box, maxVerifications: 40)
        #expect(r.outcome == .holds)
        #expect(r.point == ["a": Rational(90, 101), "b": Rational(90, 101)], "\(r.point ?? [:])")
    }

    /// a·x + b ≥ x² + 1 fails for every (a, b) ∈ [0, 1]² (at x = −1: −a + b ≥ 2).
    @Test func aTemplateFalseForEveryValueIsCertifiedEmpty() throws {
        let box: [(String, ParameterDomain)] = [("a", .closed(0, 1)), ("b", .closed(0, 1))]
        let c = try Self.claim("name = \"never\"\nstate = [\"x\"]\ngoal = \"a*x + b >= x*x + 1\"\n", box)
        let r = try Self.engine.search(c, unknowns: box, maxVerifications: 60)
        #expect(r.outcome == .empty, "\(r.reason ?? "")")
        #expect(r.point == nil && r.proof == nil)
        #expect(r.exclusion?.verdict == .noWitness)
        #expect(!r.rounds.isEmpty)
        // Each counterexample is exact, and together their constraints exclude every point of a
        // grid of the box (checked here by exact evaluation, not by the solver).
        let constraints = try r.rounds.map { try #require($0.constraint) }
        #expect(r.rounds.allSatisfy { $0.counterexample?.isExactlyChecked == true })
        for i in 0...8 {
            for j in 0...8 {
                let env: Environment<Rational> = [.scalar("a"): .scalar(Rational(i, 8)), .scalar("b"): .scalar(Rational(j, 8))]
                #expect(try constraints.contains { try !$0.evaluate(env) }, "(\(i)/8, \(j)/8) is not excluded")
            }
        }
        // Each counterexample violates the claim at its own candidate, by exact arithmetic here.
        for round in r.rounds {
            let x = try #require(round.counterexample?.values[.scalar("x")]?.rational)
            let (a, b) = (try #require(round.candidate["a"]), try #require(round.candidate["b"]))
            #expect(a * x + b < x * x + 1, "x* = \(x) is no counterexample at (\(a), \(b))")
        }
    }

    @Test func mapCellsAreConsistentWithTheirCertificates() throws {
        let box: [(String, ParameterDomain)] = [("a", .closed(0, 4)), ("b", .closed(0, 2))]
        let c = try Self.claim(Self.quadratic, box)
        let r = try Self.engine.synthesisMap(c, x: box[0], y: box[1], grid: 2, depth: 2, maxVerifications: 400)
        #expect(r.count(.holds) > 0 && r.count(.fails) > 0, "\(r.cells.map { "\($0.kind) \($0.x) \($0.y)" })")
        // The cells partition the box: their areas add up to its area.
        let area = r.cells.reduce(Rational.zero) { $0 + $1.x.width! * $1.y.width! }
        #expect(area == 8)
        for cell in r.cells {
            let centre: (Rational, Rational) = ((cell.x.lower! + cell.x.upper!) / 2, (cell.y.lower! + cell.y.upper!) / 2)
            switch cell.kind {
            case .holds:
                // Re-verified, and true at its centre and its (closed) lower-left corner: a² ≤ 4b.
                let again = try Self.engine.verify(c.restricted("a", to: cell.x).restricted("b", to: cell.y))
                #expect(again.verdict.isProof, "\(cell.x) × \(cell.y)")
                for (a, b) in [centre, (cell.x.lower!, cell.y.lower!)] { #expect(a * a <= 4 * b, "holds cell \(cell.x) × \(cell.y) at (\(a), \(b))") }
            case .fails:
                // The counterexample, checked exactly at points inside the cell: x*² − a x* + b < 0.
                let cx = try #require(cell.counterexample)
                #expect(cx.isExactlyChecked)
                #expect(cell.proof?.verdict.isProof == true)
                let x = try #require(cx.values[.scalar("x")]?.rational)
                for (a, b) in [centre, (cell.x.lower!, cell.y.lower!)] {
                    #expect(x * x - a * x + b < 0, "fails cell \(cell.x) × \(cell.y): x* = \(x) holds at (\(a), \(b))")
                }
            case .undecided:
                #expect(cell.proof == nil)
            }
        }
    }

    @Test func badBoxesAreRefused() throws {
        let c = try Self.claim(Self.quadratic, [("a", .closed(0, 1)), ("b", .closed(0, 1))])
        let empty = ParameterDomain(lower: 1, upper: 0)
        #expect(throws: ClaimError.self) { try Self.engine.search(c, unknowns: [("a", empty), ("b", .closed(0, 1))]) }
        #expect(throws: ClaimError.self) { try Self.engine.search(c, unknowns: [("a", .closed(0, 1)), ("zeta", .closed(0, 1))]) }
        #expect(throws: ClaimError.self) { try Self.engine.synthesisMap(c, x: ("a", .closed(0, 1)), y: ("a", .closed(0, 1)), grid: 2, depth: 0) }
        #expect(throws: ClaimError.self) { try Self.engine.synthesisMap(c, x: ("a", .exactly(1)), y: ("b", .closed(0, 1)), grid: 2, depth: 0) }
    }
}
