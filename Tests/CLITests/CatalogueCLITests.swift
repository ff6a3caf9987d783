import Foundation
import Testing

/// `--kappa` / `--scheme`, `lionk export` and the claim files of examples/catalogue.
@Suite("lionk verify --kappa/--scheme and lionk export")
struct CatalogueCLITests {
    @Test(arguments: [
        (["lionk.lyapunov-discrete", "--kappa", "huber"], "lionk.lyapunov-discrete.huber", Int32(0)),
        (["lion.box-invariant", "--kappa", "relu", "--scheme", "implicit"], "lionk.invariance.implicit.relu", Int32(0)),
        (["lion.box-invariant", "--scheme", "implicit"], "lionk.invariance.implicit.l1", Int32(0)),
        (["kappa.convexity", "--kappa", "half-squared"], "kappa.half-squared.convexity", Int32(0)),
        (["kappa.l1.subgradient", "--kappa", "l1-half-squared"], "kappa.l1-half-squared.subgradient", Int32(0)),
        (["lionk.contraction", "--kappa", "huber", "--scheme", "explicit"], "lionk.contraction.explicit.huber", Int32(0)),
        (["lionk.lyapunov-discrete.doubled-c", "--kappa", "relu"], "lionk.lyapunov-discrete.relu (doubled-c)", Int32(1)),
        // A name may leave out an entry's κ or scheme.
        (["lionk.invariance.implicit", "--kappa", "huber"], "lionk.invariance.implicit.huber", Int32(0)),
        (["lionk.contraction.relu", "--scheme", "implicit"], "lionk.contraction.implicit.relu", Int32(0)),
    ])
    func kappaAndSchemePickTheCatalogueClaim(args: [String], claim: String, status: Int32) throws {
        let r = try CLI.run(["verify"] + args + ["--json"])
        #expect(r.status == status, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["claim"] as? String == claim)
    }

    @Test(arguments: [
        (["lionk.invariance", "--kappa", "nope"], "The value 'nope' is invalid for '--kappa <kappa>'. Please provide one of l1, l2, l3,"),
        (["lionk.invariance", "--kappa", "lp:4"], "'lionk.invariance' has no catalogue claim for κ = lp:4"),
        (["lionk.invariance.implicit", "--kappa", "lp:1"], "The value 'lp:1' is invalid for '--kappa <kappa>'"),
        (["lionk.contraction", "--kappa", "l2"], "no catalogue claim for κ = l2"),
        (["lionk.lyapunov-discrete", "--kappa", "l2", "--scheme", "explicit"], "no explicit/implicit variants"),
        (["lionk.invariance", "--scheme", "sideways"], "The value 'sideways' is invalid for '--scheme <scheme>'. Please provide one of 'explicit' and 'implicit'."),
        (["no.such.family", "--kappa", "l1"], "no catalogue family 'no.such.family'"),
        (["examples/lyapunov-l1.toml", "--kappa", "l2"], "a claim file states its own κ"),
        (["lionk.lyapunov-discret"], "(did you mean 'lionk.lyapunov-discrete'?)"),
        (["lion.box-invarant", "--kappa", "l2"], "(did you mean 'lion.box-invariant'?)"),
        (["zzz"], "not a catalogue name nor a claim file (see `lionk list`)"),
    ])
    func badSelectionsAreUsageErrors(args: [String], message: String) throws {
        let r = try CLI.run(["verify"] + args)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    /// examples/catalogue holds exactly what `lionk export --all` writes now: one file per
    /// catalogue claim, up to date (regenerate with `make examples`).
    @Test func catalogueExamplesAreUpToDate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-export-\(UUID().uuidString)")
        let r = try CLI.run(["export", "--all", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let fm = FileManager.default
        let fresh = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".toml") }.sorted()
        let committedDir = CLI.packageRoot.appendingPathComponent("examples/catalogue")
        let committed = try fm.contentsOfDirectory(atPath: committedDir.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(fresh == committed, "examples/catalogue is stale: run `make examples`")
        #expect(fresh.count > 50)
        for f in fresh where committed.contains(f) {
            let a = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let b = try String(contentsOf: committedDir.appendingPathComponent(f), encoding: .utf8)
            #expect(a == b, "examples/catalogue/\(f) is stale: run `make examples`")
        }
        // The lemma files the claims list.
        let freshLemmas = try fm.contentsOfDirectory(atPath: dir.appendingPathComponent("lemmas").path).sorted()
        let committedLemmas = try fm.contentsOfDirectory(atPath: committedDir.appendingPathComponent("lemmas").path).sorted()
        #expect(freshLemmas == committedLemmas, "examples/catalogue/lemmas is stale: run `make examples`")
        #expect(!freshLemmas.isEmpty)
        for f in freshLemmas where committedLemmas.contains(f) {
            let a = try String(contentsOf: dir.appendingPathComponent("lemmas/" + f), encoding: .utf8)
            let b = try String(contentsOf: committedDir.appendingPathComponent("lemmas/" + f), encoding: .utf8)
            #expect(a == b, "examples/catalogue/lemmas/\(f) is stale: run `make examples`")
        }
        try? fm.removeItem(at: dir)
    }

    /// A written claim file reads back as the same claim: exporting the file's claim again
    /// (through a verify of the file, the claim name and verdict) and the text round trip.
    @Test func exportedFileVerifiesLikeTheCatalogueClaim() throws {
        let path = try CLI.writeTemp("", name: "exported.toml")
        let w = try CLI.run(["export", "lionk.lyapunov-discrete.doubled-c", "--output", path])
        #expect(w.status == 0, "\(w.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("[params]"))
        let r = try CLI.run(["verify", path, "--json"])
        #expect(r.status == 1, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["verdict"] as? String == "refuted")
        let cx = try #require(obj["counterexample"] as? [String: Any])
        #expect(cx["check"] as? String == "exact")
    }

    /// Refutations of Theorem 4.1 for another κ are replayed on a concrete function too.
    @Test(arguments: ["lionk.lyapunov-discrete.huber.doubled-c", "examples/catalogue/lionk.lyapunov-discrete.relu.doubled-c.toml"])
    func kappaRefutationIsReplayed(claim: String) throws {
        let r = try CLI.run(["verify", claim, "--json"])
        #expect(r.status == 1, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let replay = try #require(obj["replay"] as? [String: Any], "\(r.stdout.prefix(400))")
        #expect(replay["status"] as? String == "confirmed")
    }

    /// A claim proved through lemmas is written with its lemma files, and the files are
    /// proved the same way.
    @Test func claimWithLemmasIsExportedWithItsLemmaFiles() throws {
        let path = try CLI.writeTemp("", name: "l2.toml")
        let w = try CLI.run(["export", "lionk.invariance", "--kappa", "l2", "--scheme", "implicit", "--output", path])
        #expect(w.status == 0, "\(w.stderr)")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("lemmas")
        #expect(try !FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let r = try CLI.run(["verify", path, "--json"])
        // ℓ2 does not separate: proved at d = 1, 2 only (exit 4), lemmas likewise or for every d.
        #expect(r.status == 4, "\(r.stdout.prefix(400)) \(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let reductions = try #require(obj["reductions"] as? [[String: Any]])
        #expect(reductions.contains { $0["name"] as? String == "lemma" })
        let lemmas = try #require(obj["lemmas"] as? [[String: Any]])
        #expect(!lemmas.isEmpty)
        #expect(lemmas.allSatisfy { ["proved", "proved-in-scope"].contains($0["verdict"] as? String ?? "") })
        let toStdout = try CLI.run(["export", "lionk.lyapunov-discrete.l2"])
        #expect(toStdout.status == 64)
        #expect(toStdout.stderr.contains("uses lemmas"))
    }

    @Test func exportErrors() throws {
        let r = try CLI.run(["export"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("give a catalogue claim name"))
        let s = try CLI.run(["export", "lion.box-invariant", "--all", "/tmp/x"])
        #expect(s.status == 64)
        let t = try CLI.run(["export", "lion.box-invariant", "--output", "/nonexistent-dir/a/b.toml"])
        #expect(t.status == 65)
        #expect(t.stderr.split(separator: "\n").count == 1)
    }
}

/// Colours and progress bars only on a terminal: `script` gives the binary a pseudo-terminal.
@Suite("lionk on a terminal", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct TerminalCLITests {
    /// Runs the binary under `script` (a pseudo-terminal for stdout and stderr).
    static func onTerminal(_ args: [String], environment: [String: String] = [:]) throws -> String {
        let command = ([CLI.binary.path] + args).map { "'\($0)'" }.joined(separator: " ")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", command, "/dev/null"]
        p.currentDirectoryURL = CLI.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func verdictIsColouredOnATerminalOnly() throws {
        let tty = try Self.onTerminal(["verify", "lion.box-invariant"])
        #expect(tty.contains("\u{1B}[32mPROVED\u{1B}[0m"), "\(tty.prefix(200))")
        let noColor = try Self.onTerminal(["verify", "lion.box-invariant"], environment: ["NO_COLOR": "1"])
        #expect(noColor.contains("PROVED"))
        #expect(!noColor.contains("\u{1B}[32m"))
        let piped = try CLI.run(["verify", "lion.box-invariant"])
        #expect(piped.stdout.hasPrefix("PROVED"))
        #expect(!piped.stdout.contains("\u{1B}"))
        let refuted = try Self.onTerminal(["verify", "lion.box-invariant.no-step-bound"])
        #expect(refuted.contains("\u{1B}[31mREFUTED"))
    }

    @Test func simulateDrawsAProgressBarOnATerminalOnly() throws {
        let args = ["simulate", "--dim", "2", "--steps", "20000", "--record-every", "1000"]
        let tty = try Self.onTerminal(args)
        #expect(tty.contains("simulate ["), "\(tty.prefix(300))")
        #expect(tty.contains("steps"))
        let piped = try CLI.run(args)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr.prefix(200))")
        #expect(piped.stdout.contains("simulated 20000 steps"))
    }
}

/// Every claim file of examples/catalogue that is not slow, through the real binary, with
/// the verdict its header expects (the same verdict `lionk reproduce` expects of the claim).
@Suite("examples/catalogue claim files")
struct CatalogueFileTests {
    static let files: [String] = {
        let dir = CLI.packageRoot.appendingPathComponent("examples/catalogue")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { "examples/catalogue/" + $0 }
    }()

    @Test func thereIsAFilePerCatalogueClaim() throws {
        let list = try CLI.run(["list"])
        let names = list.stdout.split(separator: "\n").dropFirst(2).map { String($0.split(separator: " ")[0]) }
        #expect(names.count > 50)
        #expect(Set(names.map { "examples/catalogue/\($0).toml" }) == Set(Self.files))
    }

    /// The claim-file route through the binary, once per exit code (and once with lemma
    /// files). That every file reads back as its catalogue claim is checked in process
    /// (`everyCatalogueFileReadsBackAsItsClaim`), and every catalogue verdict once, by
    /// `lionk reproduce --all`; verifying each file again would run the catalogue twice more.
    @Test(arguments: [
        "examples/catalogue/kappa.cube.convexity.toml", "examples/catalogue/kappa.half-squared.convexity.toml",
        "examples/catalogue/lionk.invariance.explicit.l2.toml", "examples/catalogue/lionk.lyapunov-discrete.l2.toml",
    ])
    func fileGetsItsExpectedVerdict(file: String) throws {
        #expect(Self.files.contains(file))
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(file), encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("# Expected verdict: ") })
        if header.contains("(slow") { return }  // needs solver timeouts: `lionk reproduce --all`
        let expected = header.dropFirst("# Expected verdict: ".count).prefix { $0 != "." && $0 != " " }
        let status: [Substring: Int32] = [
            "proved": 0, "found": 0, "refuted": 1, "no-witness": 1, "unknown": 3, "proved-in-scope": 4, "no-witness-in-scope": 5,
        ]
        let want = try #require(status[expected], "\(header)")
        let r = try CLI.run(["verify", file])
        #expect(r.status == want, "\(file): \(r.stdout.prefix(300)) \(r.stderr)")
        if want == 1 { #expect(r.stdout.contains("exact check: exact"), "\(file)") }
    }
}

@Suite("lionk list filters")
struct ListCLITests {
    @Test func listFiltersByKappaAndFamily() throws {
        let r = try CLI.run(["list", "--kappa", "huber"])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count >= 8)
        // The huber claims, and the deliberately wrong huber κ (listed under their own names).
        let kappas = rows.map { String($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
        #expect(kappas.allSatisfy { $0 == "huber" || $0.hasPrefix("huber.") }, "\(kappas)")
        #expect(kappas.contains("huber.wrong-conjugate"))
        let f = try CLI.run(["list", "--family", "lionk.invariance"])
        let names = f.stdout.split(separator: "\n").dropFirst(2).map { String($0.split(separator: " ")[0]) }
        #expect(names.contains("lion.box-invariant"))
        #expect(names.contains("lionk.invariance.implicit.huber"))
        #expect(!names.contains("lionk.contraction.explicit.huber"))
        #expect(!f.stdout.split(separator: "\n").contains { $0.hasSuffix(" ") })
        let bad = try CLI.run(["list", "--family", "nope"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("no catalogue claim in family 'nope'"))
    }
}

@Suite("lionk verify: spot check beside unknown")
struct SpotCheckCLITests {
    @Test func logSumExpLyapunovIsUnknownWithASpotCheckBesideIt() throws {
        let r = try CLI.run(["verify", "lionk.lyapunov-discrete.logsumexp", "--json"])
        #expect(r.status == 3, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["verdict"] as? String == "unknown")
        let spot = try #require(obj["spot_check"] as? [String: Any])
        #expect(spot["samples"] as? Int == 300)
        #expect(spot["proves_nothing"] as? Bool == true)
        #expect((spot["violations"] as? Int).map { $0 >= 0 } == true)
        let text = try CLI.run(["verify", "lionk.lyapunov-discrete.logsumexp"])
        #expect(text.stdout.hasPrefix("UNKNOWN"))
        #expect(text.stdout.contains("numeric spot check (Double, random points; evidence, never a proof): 300 random points"))
        // A decided claim carries none.
        let proved = try CLI.run(["verify", "lion.box-invariant", "--json"])
        let p = try #require(try JSONSerialization.jsonObject(with: Data(proved.stdout.utf8)) as? [String: Any])
        #expect(p["spot_check"] == nil)
    }
}
