import Foundation
import Testing

/// Issue 16 §1: every counterexample of a claim file with [dynamics] is replayed by the
/// simulator's kernel; a file that keeps a catalogue name is replayed as the file, not as the
/// catalogue claim; a claim whose update is not the one it declares is reported.
@Suite struct DeclaredReplayCLITests {
    static func temp(_ name: String, _ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-replay-\(UUID().uuidString)-\(name)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func json(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout) \(r.stderr)")
    }

    @Test func aHandWrittenRefutationIsReplayedConfirmedAndAgainFromItsJSON() throws {
        let r = try CLI.run(["verify", "examples/lyapunov-l1-doubled-c.toml", "--json"])
        #expect(r.status == 1)
        let obj = try Self.json(r)
        let replay = try #require(obj["replay"] as? [String: Any])
        #expect(replay["status"] as? String == "confirmed", "\(replay)")
        #expect((replay["details"] as? [String: String])?["update"] == "the claim's next state is the kernel's step")
        #expect(obj["claim_file"] as? String == "examples/lyapunov-l1-doubled-c.toml")
        let file = try Self.temp("cx.json", r.stdout)
        let again = try CLI.run(["replay", file, "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        let replayed = try Self.json(again)
        #expect(replayed["status"] as? String == "confirmed")
        // One shape: the same snake_case keys from verify --json and from replay --json.
        #expect(Set(replayed.keys) == Set(replay.keys))
        #expect(replayed["lhs_exact"] as? String == replay["lhs_exact"] as? String)
    }

    @Test func aClaimWhoseUpdateIsNotTheDeclaredOneIsReported() throws {
        let text = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("examples/lyapunov-l1-doubled-c.toml").path, encoding: .utf8)
        let wrong = text.replacingOccurrences(of: "scheme = \"implicit\"", with: "scheme = \"explicit\"")
        #expect(wrong != text)
        let r = try CLI.run(["verify", try Self.temp("wrong.toml", wrong), "--json"])
        #expect(r.status == 1)
        let replay = try #require(try Self.json(r)["replay"] as? [String: Any])
        #expect(replay["status"] as? String == "not-replayable")
        #expect((replay["reason"] as? String)?.contains("the claim's update is not the declared lion-k update") == true, "\(replay)")
    }

    @Test func anEditedExportKeepingItsCatalogueNameIsReplayedAsTheFile() throws {
        let export = try CLI.run(["export", "lionk.lyapunov-discrete"])
        #expect(export.status == 0)
        let doubled = export.stdout.replacingOccurrences(of: "\"c = beta1*eps/", with: "\"c = 2*beta1*eps/")
        #expect(doubled != export.stdout)
        #expect(doubled.contains("name = \"lionk.lyapunov-discrete\""))
        let r = try CLI.run(["verify", try Self.temp("mine.toml", doubled), "--json"])
        #expect(r.status == 1, "c doubled is refuted")
        let replay = try #require(try Self.json(r)["replay"] as? [String: Any])
        #expect(replay["status"] as? String == "confirmed", "\(replay)")
    }

    @Test func aFileWithoutDynamicsSaysHowToGetAReplay() throws {
        let text = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("examples/lyapunov-l1-doubled-c.toml").path, encoding: .utf8)
        let cut = try #require(text.range(of: "# The update this claim encodes"))
        let bare = String(text[..<cut.lowerBound])
        let r = try CLI.run(["verify", try Self.temp("bare.toml", bare), "--json"])
        #expect(r.status == 1)
        let obj = try Self.json(r)
        #expect(obj["replay"] is NSNull)
        #expect((obj["replay_note"] as? String)?.contains("[dynamics]") == true)
    }

    @Test func aBadDynamicsTableIsAOneLineError() throws {
        let text = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("examples/lyapunov-l1-doubled-c.toml").path, encoding: .utf8)
        let bad = text.replacingOccurrences(of: "kappa = \"l1\"", with: "kappa = \"l7\"")
        let r = try CLI.run(["verify", try Self.temp("bad.toml", bad)])
        #expect(r.status == 65)
        #expect(r.stderr.contains("field 'dynamics.kappa'"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func verifySaysWhatWasDecided() throws {
        let r = try CLI.run(["verify", "lionk.lyapunov-discrete", "--param", "beta1=0.9", "--range", "beta2=0.99:0.999", "--dim", "1"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("parameters: beta1 = 9/10, beta2 ∈ [99/100, 999/1000]"), "\(r.stdout.prefix(400))")
        #expect(r.stdout.contains("statement (for all values): beta1 <= beta2 ∧ "))
        let j = try CLI.run(["verify", "lionk.lyapunov-discrete", "--param", "beta1=0.9", "--dim", "1", "--json"])
        let statement = try #require(try Self.json(j)["statement"] as? [String: Any])
        let params = try #require(statement["parameters"] as? [[String: String]])
        #expect(params.contains { $0["name"] == "beta1" && $0["domain"] == "9/10" })
        #expect((statement["goal"] as? String)?.contains("<=") == true)
        #expect((statement["hypotheses"] as? [String])?.contains("beta1 <= beta2") == true)
    }

    @Test func aFamilyMemberSaysWhatItFixes() throws {
        let r = try CLI.run(["verify", "lionk.lyapunov-discrete", "--kappa", "huber", "--json"])
        #expect(r.status == 0)
        let notes = try #require(try Self.json(r)["notes"] as? [String])
        #expect(notes.contains { $0.contains("is not lionk.lyapunov-discrete with another κ only") && $0.contains("beta1 = 9/10 (there: [0, 1))") }, "\(notes)")
    }
}

/// `--help` renders at 80 columns: no line of any subcommand's help is wider.
@Suite struct HelpWidthTests {
    @Test(arguments: [
        [], ["verify"], ["check"], ["simulate"], ["replay"], ["map"], ["merge"], ["kappa", "check"], ["kappa", "list"], ["reproduce"],
        ["list"], ["export"], ["bench"], ["fuzz"], ["synthesize"],
    ])
    func helpFitsIn80Columns(command: [String]) throws {
        let r = try CLI.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        let wide = r.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(wide.isEmpty, "\(command): \(wide.map { "\($0.count): \($0.prefix(60))" })")
    }
}

/// `lionk synthesize` (issue 15): the exact set of one unknown, certified regions.
@Suite struct SynthesizeCLITests {
    @Test func theorem41sCoefficientComesOutExactly() throws {
        let r = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let valid = try #require(obj["valid"] as? [[String: Any]])
        #expect(valid.count == 1)
        #expect(valid.first?["lower"] as? String == "90/101")
        #expect(valid.first?["upper"] as? String == "90/101")
        let regions = try #require(obj["regions"] as? [[String: Any]])
        #expect(regions.map { $0["kind"] as? String } == ["fails", "holds", "fails"])
        #expect(regions.allSatisfy { $0["proof"] is [String: Any] })
        let text = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml"])
        #expect(text.stdout.hasPrefix("SYNTHESIS Theorem 4.1, K = l1, Lion's defaults, c unknown, c ∈ [0, 2]: holds for c = 90/101"), "\(text.stdout.prefix(200))")
    }

    @Test func anIntervalWithTwoFiniteEnds() throws {
        let r = try CLI.run(["synthesize", "examples/synthesis-decrease-c-interval.toml", "--max", "40", "--json"])
        #expect(r.status == 3, "the gaps next to the ends stay undecided: \(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let valid = try #require(obj["valid"] as? [[String: Any]])
        #expect(valid.count == 1)
        #expect(valid.first?["lower"] as? String == "90/101")
        #expect(valid.first?["upper"] as? String == "1")
        #expect(valid.first?["lower_closed"] as? Bool == true)
        #expect(valid.first?["upper_closed"] as? Bool == true)
    }

    @Test func badRequestsAreOneLineErrors() throws {
        let none = try CLI.run(["synthesize", "examples/lyapunov-l1.toml"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("no [unknowns] table"))
        let wrong = try CLI.run(["synthesize", "examples/lyapunov-l1.toml", "--unknown", "zeta=0:1"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("'zeta' is not a parameter"))
        let bad = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--tolerance", "-1"])
        #expect(bad.status == 64)
    }

    @Test func severalUnknownsSearchForAPoint() throws {
        let r = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["mode"] as? String == "search")
        #expect(obj["outcome"] as? String == "holds")
        #expect(obj["point"] as? [String: String] == ["a": "90/101", "b": "90/101"])
        let rounds = try #require(obj["rounds"] as? [[String: Any]])
        #expect(!rounds.isEmpty && rounds.allSatisfy { $0["constraint"] is String && $0["counterexample"] is [String: Any] })
        let text = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml"])
        #expect(text.stdout.contains(": holds at a = 90/101, b = 90/101\n"), "\(text.stdout.prefix(300))")
    }

    @Test func twoUnknownsMapWithSVGAndLaTeX() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("map.svg").path, tex = dir.appendingPathComponent("map.tex").path
        let r = try CLI.run([
            "synthesize", "examples/synthesis-lyapunov-l1-c-rate.toml", "--map", "--grid", "4", "--depth", "1", "--svg", svg, "--latex", tex, "--json",
        ])
        #expect([0, 3].contains(r.status), "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let cells = try #require(obj["cells"] as? [[String: Any]])
        let kinds = cells.compactMap { $0["kind"] as? String }
        #expect(kinds.contains("holds") && kinds.contains("fails"), "\(kinds)")
        // A holds cell has its proof, a fails cell its counterexample and proof.
        #expect(cells.filter { $0["kind"] as? String != "undecided" }.allSatisfy { $0["proof"] is [String: Any] })
        #expect(cells.filter { $0["kind"] as? String == "fails" }.allSatisfy { $0["counterexample"] is [String: Any] })
        let picture = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(picture.hasPrefix("<svg") || picture.hasPrefix("<?xml"))
        #expect(picture.contains("<rect"))
        let latex = try String(contentsOfFile: tex, encoding: .utf8)
        #expect(latex.contains("\\begin{tabular}") && latex.contains("\\frac{"), "\(latex.prefix(400))")
    }

    @Test func oneUnknownLaTeXHasExactEnds() throws {
        let tex = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-synth-\(UUID().uuidString).tex").path
        defer { try? FileManager.default.removeItem(atPath: tex) }
        let r = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--latex", tex])
        #expect(r.status == 0, "\(r.stderr)")
        let latex = try String(contentsOfFile: tex, encoding: .utf8)
        #expect(latex.contains("c = \\frac{90}{101}"), "\(latex)")
        #expect(latex.contains("\\begin{itemize}") && latex.contains("\\textbf{fails}") && latex.contains("\\textbf{holds}"))
    }

    @Test func badSeveralUnknownRequestsAreOneLineErrors() throws {
        // --map with three unknowns: a usage error naming the count.
        let three = try CLI.run([
            "synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml", "--unknown", "a=0:2", "--unknown", "b=0:2", "--unknown", "eps=0:1", "--map",
        ])
        #expect(three.status == 64)
        #expect(three.stderr.contains("--map draws two unknowns, and this claim has 3"), "\(three.stderr)")
        #expect(three.stderr.split(separator: "\n").count == 1)
        // An empty search interval, on the command line and in a claim file.
        let flag = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml", "--unknown", "a=1:0", "--unknown", "b=0:2"])
        #expect(flag.status == 64)
        #expect(flag.stderr.contains("lo < hi"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-empty-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent("examples/synthesis-lyapunov-l1-two-coefficients.toml").path, encoding: .utf8)
        try text.replacingOccurrences(of: "b = \"[0, 2]\"", with: "b = \"[2, 1]\"").write(to: file, atomically: true, encoding: .utf8)
        let empty = try CLI.run(["synthesize", file.path])
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("empty"), "\(empty.stderr)")
        #expect(empty.stderr.split(separator: "\n").count == 1)
        // --map with one unknown, and --sweep with two.
        let one = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--map"])
        #expect(one.status == 64)
        let sweep = try CLI.run(["synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml", "--sweep", "beta1=1/2:9/10:3"])
        #expect(sweep.status == 64)
    }
}
