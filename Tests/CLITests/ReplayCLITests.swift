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
}
