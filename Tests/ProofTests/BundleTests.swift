import Foundation
import Testing

@testable import Proof

@Suite struct BundleTests {
    static func manifest() -> Manifest {
        Manifest(
            format: Manifest.formatName, claim: "c", kind: "forall", verdict: "proved", scope: "d = 1",
            dimensions: .init(checked: [1], allDimensions: false, restricted: true), parameters: [.init(name: "p", domain: "(0, inf)")],
            convention: "implementation", claimFile: "claim.toml", claimFileNote: nil, reductions: [],
            cases: [.init(label: "d=1 case 1/1", dimension: 1, status: "unsat", strategy: "nlsat", seconds: 0.5, query: "queries/001-case.smt2")],
            queries: [
                .init(
                    file: "queries/001-case.smt2", sha256: SHA256.hex("(check-sat)"), role: "case", label: "d=1 case 1/1", answer: "unsat",
                    expected: "unsat", strategy: "nlsat", seconds: 0.4, reduction: nil, statement: nil, note: nil)
            ],
            lemmas: [], files: [], counterexample: nil, open: [], solver: "Z3 4.8.12", recheck: "lionk check", seconds: 1,
            writtenBy: .init(lionk: "0.1.0", gitRevision: "abc"), bundleHash: nil)
    }

    @Test func theBundleHashIgnoresTimesAndRevisionButCoversEveryEntry() throws {
        let m = Self.manifest()
        let h = try m.computedHash()
        var timed = m
        timed.seconds = 99
        timed.cases[0].seconds = 7
        timed.queries[0].seconds = 3
        timed.writtenBy = .init(lionk: "9.9", gitRevision: nil)
        #expect(try timed.computedHash() == h)
        var changed = m
        changed.verdict = "refuted"
        #expect(try changed.computedHash() != h)
        changed = m
        changed.queries[0].answer = "sat"
        #expect(try changed.computedHash() != h)
        // The deciding strategy depends on timing: not hashed.
        changed = m
        changed.cases[0].strategy = "smt"
        changed.queries[0].strategy = "smt"
        #expect(try changed.computedHash() == h)
        changed = m
        changed.cases[0].label = "d=1 case 1/2"
        #expect(try changed.computedHash() != h)
        changed = m
        changed.queries[0].sha256 = SHA256.hex("(assert false)")
        #expect(try changed.computedHash() != h)
        // Written and read back, the manifest is the same (snake_case keys).
        var written = m
        written.bundleHash = h
        let text = try written.text()
        #expect(text.contains("\"bundle_hash\""))
        #expect(try Manifest.read(Data(text.utf8)) == written)
    }

    @Test func consistencyCatchesAProofWithAnOpenCase() {
        var m = Self.manifest()
        #expect(ProofChecker.consistency(m).isEmpty)
        m.cases[0].status = "unknown (timeout)"
        #expect(ProofChecker.consistency(m).contains { $0.contains("d=1 case 1/1") })
        m = Self.manifest()
        m.verdict = "refuted"
        #expect(ProofChecker.consistency(m).contains { $0.contains("without a counterexample") })
    }

    static func counterexample(_ values: [String: String]) throws -> String {
        try counterexample(values: values.mapValues { .init(exact: $0) })
    }

    /// counterexample.json's text for these values (exact or irrational).
    static func counterexample(claim: String = "square", values: [String: CounterexampleFile.Value]) throws -> String {
        let cx = CounterexampleFile(
            claim: claim, role: "counterexample", dimension: 1, values: values, caseLabel: "d=1",
            check: "exact", notes: [], replay: nil, replayNote: nil)
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try e.encode(cx), as: UTF8.self)
    }

    @Test func reevaluationCatchesAPointThatIsNoCounterexample() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-reeval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let claim = dir.appendingPathComponent("claim.toml").path
        try Data("name = \"square\"\nstate = [\"x\"]\ngoal = \"x*x >= x*p\"\n[params]\np = \"[0, 1]\"\n".utf8).write(to: URL(fileURLWithPath: claim))
        let good = ProofChecker.reevaluate(try Self.counterexample(["x": "1/2", "p": "1"]), claimFile: claim, kind: "forall", convention: "implementation")
        #expect(good.1, "\(good.0)")
        let bad = ProofChecker.reevaluate(try Self.counterexample(["x": "2", "p": "1"]), claimFile: claim, kind: "forall", convention: "implementation")
        #expect(!bad.1)
        #expect(bad.0.hasPrefix("FAILED"))
        // A parameter outside its domain: the point is not a counterexample of the claim.
        let outside = ProofChecker.reevaluate(try Self.counterexample(["x": "1/2", "p": "2"]), claimFile: claim, kind: "forall", convention: "implementation")
        #expect(!outside.1)
        let missing = ProofChecker.reevaluate(try Self.counterexample(["x": "1/2"]), claimFile: claim, kind: "forall", convention: "implementation")
        #expect(!missing.1)
        #expect(missing.0.contains("no value for p"))
    }

    /// An irrational counterexample is re-checked exactly from its polynomial and interval;
    /// without them, or with a polynomial that does not fit, it is not confirmed.
    @Test func reevaluationOfAnIrrationalPointUsesItsPolynomial() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-reeval-alg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let claim = dir.appendingPathComponent("claim.toml").path
        try Data("name = \"root\"\nstate = [\"x\", \"y\"]\nhypotheses = [\"x^2 == 2\", \"y > 0\"]\ngoal = \"x*y <= 1\"\n".utf8)
            .write(to: URL(fileURLWithPath: claim))
        func check(_ x: CounterexampleFile.Value, y: String = "1") throws -> (String, Bool) {
            ProofChecker.reevaluate(try Self.counterexample(claim: "root", values: ["x": x, "y": .init(exact: y)]), claimFile: claim, kind: "forall", convention: "implementation")
        }
        let sqrt2 = CounterexampleFile.Value(exact: nil, lower: "1", upper: "2", decimal: "1.414", polynomial: ["-2", "0", "1"])
        let good = try check(sqrt2)
        #expect(good.1, "\(good.0)")
        #expect(good.0.contains("real algebraic"))
        // y = 1/2: √2/2 ≤ 1, the goal holds: not a counterexample.
        let holds = try check(sqrt2, y: "1/2")
        #expect(!holds.1 && holds.0.hasPrefix("FAILED"), "\(holds.0)")
        // √3 is no root of x² = 2.
        let sqrt3 = CounterexampleFile.Value(exact: nil, lower: "1", upper: "2", decimal: "1.732", polynomial: ["-3", "0", "1"])
        let wrong = try check(sqrt3)
        #expect(!wrong.1 && wrong.0.hasPrefix("FAILED"), "\(wrong.0)")
        // An interval with both roots of t² − 2, and no polynomial at all.
        let wide = CounterexampleFile.Value(exact: nil, lower: "-2", upper: "2", decimal: "1.414", polynomial: ["-2", "0", "1"])
        #expect(try !check(wide).1)
        let bare = CounterexampleFile.Value(exact: nil, lower: "1", upper: "2", decimal: "1.414")
        let none = try check(bare)
        #expect(!none.1 && none.0.contains("no polynomial"), "\(none.0)")
    }
}
