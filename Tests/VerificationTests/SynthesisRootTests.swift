import Dynamics
import Foundation
import Symbolic
import Testing

@testable import Verification

/// Irrational ends of a synthesis (docs/synthesis.md "Irrational ends"): named exactly, and
/// each proved on the set it names.
@Suite struct SynthesisRootTests {
    @Test func quadraticRootsAreComparedAndNamedExactly() {
        let sqrt2 = QuadraticRoot(a: 1, b: 0, c: -2, plus: true, lower: Rational(7, 5), upper: Rational(3, 2))
        #expect(sqrt2.compare(Rational(141, 100)) == 1 && sqrt2.compare(Rational(142, 100)) == -1)
        #expect(sqrt2.compare(Rational(-5)) == 1)
        #expect(sqrt2.description == "√2" && sqrt2.latex == "\\sqrt{2}")
        let phi = QuadraticRoot(a: 1, b: -1, c: -1, plus: true, lower: Rational(8, 5), upper: Rational(5, 3))
        #expect(phi.description == "(1 + √5)/2" && phi.latex == "\\frac{1 + \\sqrt{5}}{2}")
        #expect(phi.compare(Rational(1618, 1000)) == 1 && phi.compare(Rational(1619, 1000)) == -1)
        let negative = QuadraticRoot(a: 2, b: 0, c: -3, plus: false, lower: -2, upper: -1)
        #expect(negative.description == "−√6/2")
        #expect(QuadraticRoot(a: 1, b: 0, c: -8, plus: true, lower: 2, upper: 3).description == "2√2")
        // The candidates in a bracket: exactly those that lie in it, alone, simplest first.
        let found = QuadraticRoot.candidates(in: Rational(1414, 1000), Rational(1415, 1000))
        #expect(found.first.map { "\($0.a) \($0.b) \($0.c) \($0.plus)" } == "1 0 -2 true")
        for q in found {
            #expect(q.compare(Rational(1414, 1000)) == 1 && q.compare(Rational(1415, 1000)) == -1, "\(q)")
            #expect(!QuadraticRoot.isSquare(q.discriminant))
        }
        #expect(QuadraticRoot.candidates(in: Rational(1, 2), Rational(1, 2)).isEmpty)
    }

    /// x² − c·x + 1/2 ≥ 0 for every x iff c² ≤ 2: for c ∈ [0, 2] the valid set is [0, √2].
    @Test func aBoundaryAtSquareRootTwoIsIdentified() throws {
        let claim = try ClaimFile.parse("name = \"sqrt2\"\nstate = [\"x\"]\ngoal = \"x*x - c*x + 1/2 >= 0\"\n[unknowns]\nc = \"[0, 2]\"\n")
        let r = try Engine(backend: Z3Backend()).synthesize(claim, unknown: "c", range: .closed(0, 2), tolerance: Rational(1, 1_000_000_000))
        let spans = r.spans
        #expect(spans.count == 1, "\(spans.map { $0.membership(of: "c") })")
        let s = try #require(spans.first)
        #expect(s.domain.lower == 0 && s.domain.lowerClosed && s.lowerRoot == nil)
        #expect(s.upperRoot.map { "\($0.a) \($0.b) \($0.c) \($0.plus)" } == "1 0 -2 true")
        #expect(s.membership(of: "c") == "c ∈ [0, √2]")
        // The rational summary never claims more than was proved: every rational holds
        // region lies below √2.
        let sqrt2 = try #require(s.upperRoot)
        for d in r.valid { #expect(d.upper.map { sqrt2.compare($0) > 0 } ?? false, "\(d)") }
        // The region ending at √2 is the claim proved with c ∈ [l, h] and c² − 2 ≤ 0.
        let end = try #require(r.regions.first { $0.upperRoot != nil })
        #expect(end.kind == .holds && end.proof?.verdict.isProof == true)
        let proved = try #require(end.proofClaim)
        #expect(proved.hypotheses.count == claim.hypotheses.count + 1)
        // And beyond √2 nothing holds: every fails region's counterexample is exact and its
        // value of c lies above √2.
        for f in r.regions where f.kind == .fails {
            let c = try #require(f.counterexample?.values[.scalar("c")]?.rational)
            #expect(sqrt2.compare(c) < 0, "a counterexample at c = \(c) ≤ √2")
        }
    }

    /// A wrong root must not be proved: with the boundary at √2, the hypothesis for √3 (which
    /// is not in the bracket) or for a root just above √2 leaves a set where the claim fails.
    @Test func aWrongRootIsNotProved() throws {
        let claim = try ClaimFile.parse("name = \"sqrt2\"\nstate = [\"x\"]\ngoal = \"x*x - c*x + 1/2 >= 0\"\n[unknowns]\nc = \"[0, 2]\"\n")
        // 2c² − 3c − 1 has the root (3 + √17)/4 ≈ 1.78: [1, that root] contains c = 3/2 > √2.
        let wrong = QuadraticRoot(a: 2, b: -3, c: -1, plus: true, lower: 1, upper: 2)
        var c = claim.with("c", domain: .closed(1, 2))
        let s = -wrong.value(at: 1).signum
        c.hypotheses.append(Expr(Rational(s)) * wrong.polynomial(Expr.scalar("c")) .<= Expr(0))
        #expect(try Engine(backend: Z3Backend()).verify(c).verdict == .refuted)
    }
}
