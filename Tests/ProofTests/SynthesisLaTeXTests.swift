import Dynamics
import Foundation
import Symbolic
import Testing

@testable import Proof
@testable import Verification

/// `synthesize --latex`: the fragments of the three synthesis results (one unknown, the search,
/// the map) carry every region with exact ends and are well-formed LaTeX.
@Suite struct SynthesisLaTeXTests {
    static let engine = Engine(backend: Z3Backend())

    static func claim(_ goal: String, _ unknowns: String) throws -> Claim {
        try ClaimFile.parse("name = \"t\"\nstate = [\"x\"]\ngoal = \"\(goal)\"\n[unknowns]\n\(unknowns)")
    }

    /// Braces balance (escaped \{ \} aside) and every \begin has its \end, in order.
    static func wellFormed(_ t: String) -> Bool {
        let plain = t.replacingOccurrences(of: "\\{", with: "").replacingOccurrences(of: "\\}", with: "")
        var depth = 0
        for ch in plain {
            if ch == "{" { depth += 1 }
            if ch == "}" { depth -= 1 }
            if depth < 0 { return false }
        }
        guard depth == 0 else { return false }
        var stack: [String] = []
        let pattern = try! NSRegularExpression(pattern: "\\\\(begin|end)\\{([a-z*]+)\\}")
        for m in pattern.matches(in: t, range: NSRange(t.startIndex..., in: t)) {
            let kind = String(t[Range(m.range(at: 1), in: t)!]), env = String(t[Range(m.range(at: 2), in: t)!])
            if kind == "begin" { stack.append(env) } else if stack.popLast() != env { return false }
        }
        return stack.isEmpty
    }

    static func fragments() throws -> (one: String, oneRegions: Int, search: String, rounds: Int, map: String, decided: Int) {
        // x² ≥ c − 1/4 for every x iff c ≤ 1/4.
        let one = try engine.synthesize(
            claim("x*x >= c - 1/4", "c = \"[0, 1]\"\n"), unknown: "c", range: .closed(0, 1), tolerance: Rational(1, 1000))
        let never = try claim("a*x + b >= x*x + 1", "a = \"[0, 1]\"\nb = \"[0, 1]\"\n")
        let search = try engine.search(never, unknowns: [("a", .closed(0, 1)), ("b", .closed(0, 1))])
        let quadratic = try claim("x*x - a*x + b >= 0", "a = \"[0, 4]\"\nb = \"[0, 2]\"\n")
        let map = try engine.synthesisMap(quadratic, x: ("a", .closed(0, 4)), y: ("b", .closed(0, 2)), grid: 2, depth: 1)
        return (
            LaTeXFragment.synthesis(one), one.regions.count, LaTeXFragment.synthesis(search), search.rounds.count, LaTeXFragment.synthesis(map),
            map.cells.filter { $0.kind != .undecided }.count
        )
    }

    @Test func everyRegionIsThereWithExactEnds() throws {
        let f = try Self.fragments()
        #expect(f.one.contains("c \\in [0, \\frac{1}{4}]"), "\(f.one)")
        #expect(f.one.contains("c \\in (\\frac{1}{4}, "), "\(f.one)")
        #expect(f.one.components(separatedBy: "\\item").count - 1 == f.oneRegions)
        #expect(f.search.contains("No value in the box works"))
        #expect(f.search.components(separatedBy: "\\item").count - 1 == f.rounds)
        #expect(f.map.contains("\\begin{tabular}"))
        #expect(f.map.components(separatedBy: " \\\\\n").count - 1 == f.decided, "\(f.map)")
        for t in [f.one, f.search, f.map] { #expect(Self.wellFormed(t), "\(t)") }
        #expect(!Self.wellFormed("\\begin{itemize} {"))
    }

    @Test(.enabled(if: LaTeXTests.pdflatex != nil, "pdflatex is not installed (Debian: texlive-latex-base)"))
    func theFragmentsCompileWithPdflatex() throws {
        let f = try Self.fragments()
        let (status, log, _) = try LaTeXTests.compile(f.one + f.search + f.map)
        #expect(status == 0, "\(log.suffix(1500))")
    }
}
