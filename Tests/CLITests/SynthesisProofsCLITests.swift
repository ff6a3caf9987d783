import Foundation
import Symbolic
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

    /// Theorem 4.1 without β1 ≤ β2, mapped over (β1, β2): proved only where β1 ≤ β2 on the
    /// whole cell, failing (proved on the cell) only where β1 > β2 on the whole cell, and every
    /// counterexample has β1 > β2 (the theorem's hypothesis is needed).
    @Test func theBetaRegionIsTheTheoremsHypothesis() throws {
        let r = try CLI.run(["synthesize", "examples/synthesis-beta-region.toml", "--map", "--grid", "4", "--depth", "0", "--json"])
        #expect(r.status == 3, "\(r.stderr)")  // the diagonal cells stay undecided
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let cells = try #require(obj["cells"] as? [[String: Any]])
        #expect(cells.count == 16)
        func q(_ t: Any?) -> Rational? { (t as? String).flatMap { Rational($0) } }
        var holds = 0, fails = 0
        for c in cells {
            let x = try #require(c["x"] as? [String: Any]), y = try #require(c["y"] as? [String: Any])
            let (xl, xu, yl, yu) = (q(x["lower"])!, q(x["upper"])!, q(y["lower"])!, q(y["upper"])!)
            switch c["kind"] as? String {
            case "holds":
                holds += 1
                #expect(xu <= yl, "a holds cell outside β1 ≤ β2: \(c)")
            case "fails":
                fails += 1
                #expect(xl >= yu, "a fails cell inside β1 ≤ β2: \(c)")
            default: break
            }
            if let cx = c["counterexample"] as? [String: Any], let v = cx["values"] as? [String: Any] {
                #expect(q(v["beta1"])! > q(v["beta2"])!, "a counterexample with β1 ≤ β2: \(v)")
            }
        }
        #expect(holds >= 1 && fails >= 1, "holds \(holds), fails \(fails)")
    }
}
