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
        let cx = CounterexampleFile(
            claim: "square", role: "counterexample", dimension: 1, values: values.mapValues { .init(exact: $0) }, caseLabel: "d=1",
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
}
