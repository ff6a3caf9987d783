import Foundation
import Testing

/// `synthesize --proofs DIR`: every certified region has a bundle that `lionk check` re-checks,
/// and each bundle's claim is the claim on that region.
@Suite("lionk synthesize --proofs")
struct SynthesisProofsCLITests {
    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lionk-synth-proofs-\(UUID().uuidString)").path
    }

    @Test func everyRegionHasABundleThatChecks() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--proofs", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("wrote 3 proof bundles to \(dir)"), "\(r.stderr)")
        let subs = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(subs == ["1-fails", "2-holds", "3-fails", "README.md"])
        // The holds bundle states the claim at the identified point; a fails bundle, the
        // counterexample's failure for every c of its region, in c alone.
        let holds = try String(contentsOfFile: dir + "/2-holds/claim.toml", encoding: .utf8)
        #expect(holds.contains("c = \"90/101\""), "\(holds)")
        let fails = try String(contentsOfFile: dir + "/1-fails/claim.toml", encoding: .utf8)
        #expect(fails.contains("c = \"[0, 90/101)\""), "\(fails)")
        #expect(fails.contains("state = []"), "a fails region's claim is in the unknown alone: \(fails)")
        let readme = try String(contentsOfFile: dir + "/README.md", encoding: .utf8)
        #expect(readme.contains("| c = 90/101 | holds |"), "\(readme)")
        let check = try CLI.run(["check", dir])
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("3 bundles"), "\(check.stdout)")
        // Written again into the same folder: the bundles are replaced, nothing else is kept.
        let again = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--proofs", dir])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == subs)
    }

    @Test func aSearchsProvedPointHasItsBundle() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml", "--proofs", dir])
        #expect(r.status == 0, "\(r.stderr)")
        let subs = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(subs == ["1-holds", "README.md"])
        let claim = try String(contentsOfFile: dir + "/1-holds/claim.toml", encoding: .utf8)
        #expect(claim.contains("a = \"90/101\"") && claim.contains("b = \"90/101\""), "\(claim)")
        #expect(try CLI.run(["check", dir]).status == 0)
    }

    @Test func aFolderWithOtherFilesIsRefused() throws {
        let dir = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        let r = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--proofs", dir])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("not proof bundles"), "\(r.stderr)")
        #expect(try String(contentsOfFile: dir + "/notes.txt", encoding: .utf8) == "keep me")
        let sweep = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--proofs", dir, "--sweep", "beta1=1/2:9/10:2"])
        #expect(sweep.status == 64, "\(sweep.stderr)")
    }
}
