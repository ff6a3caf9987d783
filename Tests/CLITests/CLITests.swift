import Foundation
import Testing

/// Runs the real `lionk` binary, as a user would.
struct CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle (swift build --build-tests builds it), else .build/debug.
    static var binary: URL {
        let nextToTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lionk")
        if FileManager.default.isExecutableFile(atPath: nextToTests.path) { return nextToTests }
        return packageRoot.appendingPathComponent(".build/debug/lionk")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary from the package root; `environment` adds to (or overrides) this process's.
    static func run(_ args: [String], environment extra: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = packageRoot
        if !extra.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 } }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func writeTemp(_ text: String, name: String = "claim.toml") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let f = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: f)
        return f.path
    }
}

@Suite("lionk command line, end to end")
struct CLITests {
    @Test func versionNamesLionkAndZ3() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("lionk"))
        #expect(r.stdout.contains("Z3 4."))
    }

    @Test(arguments: [
        ("examples/lion-box-invariant.toml", Int32(0), "PROVED"),
        ("examples/lion-box-invariant-no-step-bound.toml", Int32(1), "REFUTED"),
        ("examples/lyapunov-l1.toml", Int32(0), "PROVED"),
        ("examples/lyapunov-l1-doubled-c.toml", Int32(1), "REFUTED"),
        ("examples/lion-box-invariant-kappa.toml", Int32(0), "PROVED"),
        ("examples/lyapunov-half-squared-l-smooth.toml", Int32(4), "PROVED-IN-SCOPE (d = 1, 2, 3 only)"),
        ("examples/lyapunov-huber-l-smooth.toml", Int32(0), "PROVED"),
        ("examples/lyapunov-half-squared-l-smooth-doubled-c.toml", Int32(3), "UNKNOWN"),
        ("examples/gradient-step-convex-l-smooth.toml", Int32(4), "PROVED-IN-SCOPE (d = 1, 2, 3 only)"),
        ("examples/gradient-step-convex-l-smooth-too-strong.toml", Int32(1), "REFUTED"),
        ("examples/gradient-step-quadratic.toml", Int32(4), "PROVED-IN-SCOPE (d = 1, 2, 3 only)"),
        ("examples/user-kappa-box-invariant-no-step-bound.toml", Int32(1), "REFUTED"),
    ])
    func exampleFiles(file: String, status: Int32, verdict: String) throws {
        let r = try CLI.run(["verify", file])
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(verdict), "\(r.stdout.prefix(200))")
        if status == 1 { #expect(r.stdout.contains("exact check: exact")) }
        // A user-defined κ's refutation is replayed with its own ∇K.
        if file.contains("user-kappa") { #expect(r.stdout.contains("replay on a concrete function: confirmed"), "\(r.stdout)") }
        if status == 3 {
            // A relaxation's model: shown, checked, and said not to be a counterexample of the class.
            #expect(r.stdout.contains("exact check: exact"))
            #expect(r.stdout.contains("which are a relaxation"))
        }
    }

    @Test func claimFileReportsShowTheFunctionClassAndTheKappa() throws {
        let r = try CLI.run(["verify", "examples/lyapunov-half-squared-l-smooth.toml"])
        #expect(r.status == 4, "\(r.stderr)")
        #expect(r.stdout.contains("\n  objective: f L-smooth through the descent lemma at each pair of points: a relaxation"))
        #expect(r.stdout.contains("\n  kappa: half-squared, K = ½‖x‖₂²"))
        // Catalogue claims have no such lines.
        let c = try CLI.run(["verify", "lion.box-invariant"])
        #expect(c.status == 0)
        #expect(!c.stdout.contains("objective:") && !c.stdout.contains("kappa:"))
    }

    @Test func everyExampleFileIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("examples").path)
        #expect(Set(files.filter { $0.hasSuffix(".toml") }) == [
            "lion-box-invariant.toml", "lion-box-invariant-no-step-bound.toml", "lyapunov-l1.toml", "lyapunov-l1-doubled-c.toml",
            "lion-box-invariant-kappa.toml", "lyapunov-half-squared-l-smooth.toml", "lyapunov-huber-l-smooth.toml",
            "lyapunov-half-squared-l-smooth-doubled-c.toml",
            "gradient-step-convex-l-smooth.toml", "gradient-step-convex-l-smooth-too-strong.toml", "gradient-step-quadratic.toml",
            // Synthesis templates, run by SynthesizeCLITests.
            "synthesis-lyapunov-l1-c.toml", "synthesis-decrease-c-interval.toml",
            "synthesis-lyapunov-l1-two-coefficients.toml", "synthesis-lyapunov-l1-c-rate.toml",
            "synthesis-beta-region.toml", "synthesis-irrational-end.toml",
            "user-kappa-box-invariant-no-step-bound.toml",
        ])
    }

    @Test func jsonIsExactlyOneObjectWithTheContractFields() throws {
        let r = try CLI.run(["verify", "lionk.lyapunov-discrete.doubled-c", "--json"])
        #expect(r.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in ["claim", "kind", "verdict", "dims", "cases", "reductions", "seconds", "counterexample", "replay", "open_cases"] {
            #expect(obj[key] != nil, "missing \(key)")
        }
        #expect(obj["verdict"] as? String == "refuted")
        let cx = try #require(obj["counterexample"] as? [String: Any])
        let values = try #require(cx["values"] as? [String: Any])
        // Exact numbers are strings "p/q".
        #expect(values.values.allSatisfy { $0 is String })
        #expect(cx["check"] as? String == "exact")
        // The refutation is replayed on a concrete L-smooth quadratic, exactly.
        let replay = try #require(obj["replay"] as? [String: Any])
        #expect(replay["status"] as? String == "confirmed")
        #expect(replay["lhs_exact"] is String)
    }

    @Test func humanOutputShowsTheReplay() throws {
        let r = try CLI.run(["verify", "lion.box-invariant.no-step-bound"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("replay on a concrete function: confirmed"))
    }

    @Test(arguments: [
        ("name = \"x\"\nstate = [\"x\"]\ngoal = \"x*x >= \"\n", ":3: field 'goal'"),
        ("name = \"x\"\nfoo = 1\ngoal = \"x >= 0\"\n", ":2: field 'foo'"),
        ("name = \"x\ngoal = \"x >= 0\"\n", ":1: column"),
        ("name = \"x\"\nstate = [\"x\"]\ngoal = \"x >= 0\"\n[params]\na = \"[1, 0]\"\n", ":5: field 'params.a'"),
        ("name = \"x\"\nstate = [\"x\"]\ngoal = \"y >= 0\"\n", "unknown name 'y'"),
        ("state = [\"x\"]\ngoal = \"x >= 0\"\n", "field 'name': missing"),
        ("name = \"x\"\nstate = [\"x\"]\ngoal = \"x >= 0\"\nkind = \"maybe\"\n", ":4: field 'kind'"),
        ("name = \"x\"\nstate = [\"x: vector\"]\ngoal = \"f(x) >= 0\"\n[objective]\nclass = \"smooth\"\npoints = [\"x\"]\n", ":5: field 'objective.class': unknown class"),
        ("name = \"x\"\nstate = [\"x: vector\", \"y: vector\"]\ngoal = \"f(y) >= 0\"\n[objective]\nclass = \"convex\"\npoints = [\"x\"]\n", ":3: field 'goal': column 1: f(...) is known only at the points x (objective.points)"),
        ("name = \"x\"\nstate = [\"t\"]\ngoal = \"K(t) >= 0\"\n[kappa]\nname = \"l1\"\n", ":3: field 'goal': column 1: K expects a vector argument, got a scalar"),
    ])
    func malformedClaimFilesGiveOneLineErrors(text: String, expected: String) throws {
        let path = try CLI.writeTemp(text)
        let r = try CLI.run(["verify", path])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(r.stderr.contains(expected), "\(r.stderr)")
        #expect(r.stderr.contains(path))
    }

    @Test func garbageFileIsRejectedWithoutCrashing() throws {
        var bytes = [UInt8](repeating: 0, count: 200_000)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in bytes.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[i] = UInt8(truncatingIfNeeded: state >> 33)
        }
        let path = try CLI.writeTemp("", name: "garbage.toml")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["verify", path])
        #expect(r.status == 65)
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ["verify", "no.such.claim"],
        ["verify", "lion.box-invariant", "--param", "beta9=1"],
        ["verify", "lion.box-invariant", "--param", "eps=1e"],
        ["verify", "lion.box-invariant", "--dim", "0"],
        ["verify", "lion.box-invariant", "--subgradient", "sometimes"],
        ["verify", "lion.box-invariant", "--without", "magic"],
    ])
    func usageErrorsExit64(args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("lionk: error:"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func smt2ExportWritesEveryQueryAndReplacesStaleFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-smt-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("(check-sat)\n".utf8).write(to: URL(fileURLWithPath: dir + "/case-009.smt2"))
        try Data("notes\n".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        let r = try CLI.run(["verify", "lion.box-invariant", "--smt2", dir])
        #expect(r.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        // The three cases, the case split's two obligations, the unreduced claim; the stale
        // .smt2 file of an earlier run is gone, other files are left alone.
        #expect(
            files == ["001-case.smt2", "002-case.smt2", "003-case.smt2", "004-obligation.smt2", "005-obligation.smt2", "006-unreduced.smt2", "notes.txt"])
        let text = try String(contentsOfFile: dir + "/001-case.smt2", encoding: .utf8)
        #expect(text.contains("(assert"))
        #expect(text.contains("(set-info :status unsat)"))
        #expect(!text.contains(":status unknown"))
        let obligation = try String(contentsOfFile: dir + "/005-obligation.smt2", encoding: .utf8)
        #expect(obligation.contains("case-split coverage"))
        #expect(obligation.contains("answer: unsat"))
    }

    @Test func unknownExitsWith3() throws {
        let r = try CLI.run([
            "verify", "lionk.lyapunov-discrete", "--dim", "1", "--timeout", "1", "--without", "case-split",
            "--without", "worst-case-elimination", "--without", "separability", "--without", "clear-denominators",
        ])
        #expect(r.status == 3, "\(r.stdout.prefix(300))")
        #expect(r.stdout.hasPrefix("UNKNOWN"))
    }
}

@Suite("lionk map and merge")
struct MapTests {
    let args = ["map", "lion.box-invariant.no-step-bound", "--x", "eps=0:2", "--y", "lam=0:2", "--grid", "2", "--depth", "0"]

    func decode(_ path: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func verdicts(_ obj: [String: Any]) throws -> [String] {
        let cells = try #require(obj["cells"] as? [[String: Any]])
        return cells.map { "\($0["root"] ?? "") \($0["x"] ?? "") \($0["y"] ?? "") \($0["verdict"] ?? "")" }.sorted()
    }

    @Test func mapFindsWhereTheStepBoundMatters() throws {
        let out = try CLI.writeTemp("", name: "map.json")
        let r = try CLI.run(args + ["--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        let cells = try #require(try decode(out)["cells"] as? [[String: Any]])
        #expect(cells.count == 4)
        // ελ ≤ 1 on [0, 1]²: proved there; every other cell contains points with ελ > 1.
        let proved = cells.filter { $0["verdict"] as? String == "proved" }
        #expect(proved.count == 1)
        #expect(proved.first?["x"] as? [String] == ["0", "1"])
        #expect(proved.first?["y"] as? [String] == ["0", "1"])
        #expect(cells.filter { $0["verdict"] as? String == "refuted" }.count == 3)
    }

    @Test func shardsMergeToTheWholeMapExactly() throws {
        let whole = try CLI.writeTemp("", name: "whole.json")
        let a = try CLI.writeTemp("", name: "a.json")
        let b = try CLI.writeTemp("", name: "b.json")
        let merged = try CLI.writeTemp("", name: "merged.json")
        #expect(try CLI.run(args + ["--output", whole]).status == 0)
        #expect(try CLI.run(args + ["--shard", "1/2", "--output", a]).status == 0)
        #expect(try CLI.run(args + ["--shard", "2/2", "--output", b]).status == 0)
        let m = try CLI.run(["merge", a, b, "--output", merged])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(try verdicts(decode(merged)) == verdicts(decode(whole)))
        // A missing shard is an error, not a partial map.
        let partial = try CLI.run(["merge", a])
        #expect(partial.status == 65)
        #expect(partial.stderr.contains("missing"))
        // The same shard twice is an error too.
        #expect(try CLI.run(["merge", a, a]).status == 65)
    }
}

@Suite("lionk replay")
struct ReplayCLITests {
    @Test func refutationWrittenByVerifyReplaysAsConfirmed() throws {
        let v = try CLI.run(["verify", "lionk.lyapunov-discrete.beta-order", "--json"])
        #expect(v.status == 1)
        let path = try CLI.writeTemp(v.stdout, name: "cx.json")
        let r = try CLI.run(["replay", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("confirmed"))
    }

    @Test func tamperedCounterexampleIsSpurious() throws {
        let v = try CLI.run(["verify", "lionk.lyapunov-discrete.beta-order", "--json"])
        var obj = try #require(try JSONSerialization.jsonObject(with: Data(v.stdout.utf8)) as? [String: Any])
        var cx = try #require(obj["counterexample"] as? [String: Any])
        var values = try #require(cx["values"] as? [String: Any])
        // At m = g = x = 0 nothing moves: both sides are 0, so the claim is not violated there.
        for k in ["m[1]", "g[1]", "x[1]"] { values[k] = "0" }
        values["f1"] = values["f0"]
        cx["values"] = values
        obj["counterexample"] = cx
        let path = try CLI.writeTemp(String(decoding: try JSONSerialization.data(withJSONObject: obj), as: UTF8.self), name: "t.json")
        let r = try CLI.run(["replay", path])
        #expect(r.status == 1, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("spurious"))
    }

    @Test func provedResultHasNothingToReplay() throws {
        let v = try CLI.run(["verify", "lion.box-invariant", "--json"])
        let path = try CLI.writeTemp(v.stdout, name: "ok.json")
        let r = try CLI.run(["replay", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("no counterexample"))
    }
}

@Suite("lionk simulate")
struct SimulateCLITests {
    @Test func lionEntersTheBoxAndWritesItsOutputs() throws {
        let csv = try CLI.writeTemp("", name: "run.csv")
        let svg = try CLI.writeTemp("", name: "norm.svg")
        let r = try CLI.run([
            "simulate", "--kappa", "l1", "--dim", "3", "--center", "3,-2,0.4", "--lam", "1", "--eps", "1/100",
            "--steps", "2000", "--record-every", "50", "--csv", csv, "--plot-norm", svg,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let table = try String(contentsOfFile: csv, encoding: .utf8)
        let rows = table.split(separator: "\n")
        #expect(rows.count > 10)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        // The minimiser of ½‖x − c‖² on the box ‖x‖∞ ≤ 1/λ = 1 is clip(c) = (1, −1, 0.4).
        #expect(r.stdout.contains("‖x‖∞"))
    }

    @Test(arguments: [["simulate", "--kappa", "l7"], ["simulate", "--eps", "fast"], ["simulate", "--scheme", "sideways"]])
    func badOptionsExit64(args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func mapDrawsAnSVG() throws {
        let svg = try CLI.writeTemp("", name: "map.svg")
        let r = try CLI.run([
            "map", "lion.box-invariant.no-step-bound", "--x", "eps=0:2", "--y", "lam=0:2", "--grid", "2", "--depth", "0", "--svg", svg,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains("refuted"))
    }
}

@Suite("lionk kappa")
struct KappaCLITests {
    @Test func listShowsTheInducedProblems() throws {
        let r = try CLI.run(["kappa", "list"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("l1"))
        #expect(r.stdout.contains("huber"))
        #expect(r.stdout.contains("Lion-κ solves"))
    }

    @Test func catalogueKappaPassesItsChecks() throws {
        let r = try CLI.run(["kappa", "check", "huber"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(!r.stdout.contains("refuted"))
    }

    @Test func wrongUserConjugateIsRefuted() throws {
        // K = ½‖x‖² has K* = ½‖y‖², not ‖y‖²: Fenchel–Young equality at ∇K fails.
        let r = try CLI.run(["kappa", "check", "--K", "1/2*dot(x, x)", "--conjugate", "dot(y, y)", "--dim", "1"])
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stdout.contains("refuted"))
        // The κ is named by its expression, not "user".
        #expect(r.stdout.hasPrefix("κ given by K(x) = "), "\(r.stdout.prefix(80))")
        #expect(!r.stdout.contains("κ = user"))
    }

    @Test func nonConvexUserKIsRefuted() throws {
        // A value starting with "-" is passed as --K=VALUE (else it reads as an option).
        let r = try CLI.run(["kappa", "check", "--K=-norm1(x)", "--dim", "1"])
        #expect(r.status == 1, "\(r.stdout)")
    }

    @Test func unknownKappaIsAUsageError() throws {
        let r = try CLI.run(["kappa", "check", "l9"])
        #expect(r.status == 64)
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}

@Suite("lionk reproduce")
struct ReproduceCLITests {
    /// The one place that checks every catalogue verdict: every entry but the slow ones
    /// (undecided in 4.8.12, docs/benchmarks.md), through the real binary, each with its
    /// expected verdict and each refutation checked exactly on the original claim. (The κ
    /// and claim-file tests no longer re-prove them.)
    @Test func everyCatalogueClaimGetsItsExpectedVerdict() throws {
        let r = try CLI.run(["reproduce", "--json"])
        #expect(r.status == 0, "\(r.stdout.suffix(2000))")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout.prefix(500))")
        let claims = try #require(obj["claims"] as? [[String: Any]])
        #expect(obj["mismatches"] as? Int == 0)
        #expect(obj["interrupted"] as? Bool == false)
        let list = try CLI.run(["list"])
        let names = Set(list.stdout.split(separator: "\n").dropFirst(2).map { String($0.split(separator: " ")[0]) })
        #expect(names.count > 100)
        let slow = Set(obj["skipped_slow"] as? [String] ?? [])
        #expect(slow.isEmpty, "no catalogue entry is slow since the algebraic check: \(slow)")
        #expect(Set(claims.compactMap { $0["claim"] as? String }) == names.subtracting(slow))
        for c in claims {
            let name = c["claim"] as? String ?? "?"
            #expect(c["ok"] as? Bool == true, "\(name): \(c["verdict"] ?? "") expected \(c["expected"] ?? "") \(c["open_cases"] ?? "")")
            #expect(c["verdict"] as? String == c["expected"] as? String, "\(name)")
            if c["verdict"] as? String == "refuted" {
                #expect(c["counterexample_check"] as? String == "exact", "\(name)")
            }
            if (c["cases"] as? Int ?? 0) > 0, c["verdict"] as? String != "unknown" {
                let strategies = c["strategies"] as? [String: Int] ?? [:]
                #expect(!strategies.isEmpty, "\(name): no deciding strategy recorded")
            }
        }
    }

    @Test func rowsStreamAndSubsetsRun() throws {
        let r = try CLI.run(["reproduce", "--kappa", "huber", "--family", "lionk.invariance"])
        #expect(r.status == 0, "\(r.stdout.suffix(1000)) \(r.stderr)")
        #expect(r.stdout.contains("x·x ≥ 0 over the reals: proved"))
        let rows = r.stdout.split(separator: "\n").filter { $0.hasPrefix("lionk.invariance.") }
        #expect(rows.count == 2, "\(r.stdout)")
        #expect(rows.allSatisfy { $0.contains(" huber ") && $0.contains("proved") })
        #expect(r.stdout.contains("decided by"))
        #expect(r.stdout.contains("all 2 claims got their expected verdict"))
    }

    @Test(arguments: [
        (["reproduce", "--kappa", "l9"], "The value 'l9' is invalid for '--kappa <kappa>'"),
        (["reproduce", "--kappa", "lp:4"], "--kappa: no catalogue claim is about κ = lp:4"),
        (["reproduce", "--family", "nope"], "--family: no catalogue family 'nope'"),
        (["reproduce", "--strategy", "fast"], "--strategy"),
    ])
    func badSubsetsAreUsageErrors(args: [String], message: String) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
