import ArgumentParser
import Foundation
import Proof
import Simulation
import Verification

/// Writing proof bundles from `verify --proof` and `reproduce --proofs` (docs/proof-logs.md).
enum ProofWriting {
    /// lionk's source revision, when the binary runs from a git checkout of lionk
    /// (`.build/<config>/lionk`), with "+dirty" for uncommitted changes; nil otherwise.
    static let gitRevision: String? = {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let root = exe.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path),
            let head = git(["rev-parse", "HEAD"], in: root.path)
        else { return nil }
        let dirty = git(["status", "--porcelain", "--untracked-files=no"], in: root.path).map { !$0.isEmpty } ?? false
        return head + (dirty ? "+dirty" : "")
    }()

    static func git(_ args: [String], in dir: String) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func source(_ r: VerificationResult, claim: Claim, convention: SubgradientConvention, replay: ReplayResult?, header: [String]) -> BundleSource {
        BundleSource(
            result: r, claim: claim, convention: convention, replay: replay,
            replayNote: r.counterexample != nil && replay == nil ? "no replay for this claim (the counterexample is checked exactly)" : nil,
            lionkVersion: LionkVersion.number, gitRevision: gitRevision, header: header)
    }

    /// Writes the bundle into `dir`, replacing an earlier bundle there as a whole; refuses a
    /// folder that holds anything but a bundle. All or nothing: staged beside `dir`, then moved.
    @discardableResult
    static func write(_ s: BundleSource, to dir: String) throws -> Manifest {
        let (files, manifest): ([(path: String, text: String)], Manifest)
        do { (files, manifest) = try ProofBundle.files(s) } catch {
            throw fail("cannot write the proof bundle of \(s.result.claim): \(error.message)", code: Exit.dataError)
        }
        let fm = FileManager.default
        let target = URL(fileURLWithPath: dir)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: dir, isDirectory: &isDir) {
            let entries = isDir.boolValue ? ((try? fm.contentsOfDirectory(atPath: dir)) ?? []) : ["?"]
            if !entries.isEmpty && !entries.contains(ProofBundle.manifestName) {
                throw fail("'\(dir)' exists and is not a proof bundle: give a new or empty folder", code: Exit.dataError)
            }
        }
        let staging = stagingFolder(for: target)
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        do {
            try stage(files.map { ($0.path, $0.text) }, in: staging)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: dir) { try fm.moveItem(at: target, to: old) }
            try fm.moveItem(at: staging, to: target)
            try? fm.removeItem(at: old)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: dir), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: target) }
            throw fail("cannot write the proof bundle to '\(dir)': \(error.localizedDescription)", code: Exit.dataError)
        }
        return manifest
    }

    /// The manifest a bundle would have (for --latex without --proof).
    static func manifest(_ s: BundleSource) throws -> Manifest {
        do { return try ProofBundle.files(s).manifest } catch {
            throw fail("cannot describe the proof of \(s.result.claim): \(error.message)", code: Exit.dataError)
        }
    }

    /// Writes a text file atomically (temporary file + rename).
    static func writeText(_ text: String, to path: String, what: String) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw fail("cannot write \(what) to '\(path)': \(error.localizedDescription)", code: Exit.dataError)
        }
    }

    /// The bundles in a folder: the folder itself when it is one, else its subfolders that are.
    static func bundles(in dir: String) -> [String] {
        let fm = FileManager.default
        if fm.fileExists(atPath: dir + "/" + ProofBundle.manifestName) { return [dir] }
        let subs = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return subs.map { dir.hasSuffix("/") ? dir + $0 : dir + "/" + $0 }.filter { fm.fileExists(atPath: $0 + "/" + ProofBundle.manifestName) }
    }

    /// Proofs/README.md: one row per bundle in `dir`, read from the manifests.
    static func readme(_ dir: String, kappas: [String: String]) -> String {
        var rows: [[String]] = [["claim", "κ", "dimensions", "parameters", "verdict", "cases", "queries", "time", "bundle hash"]]
        for b in bundles(in: dir) {
            guard let data = FileManager.default.contents(atPath: b + "/" + ProofBundle.manifestName), let m = try? Manifest.read(data) else { continue }
            let folder = URL(fileURLWithPath: b).lastPathComponent
            // A point domain is written as its value ("9/10"), an interval with its brackets.
            let params = m.parameters.isEmpty ? "—" : m.parameters.map { p in
                "\(p.name) \(p.domain.hasPrefix("[") || p.domain.hasPrefix("(") ? "∈" : "=") \(p.domain)"
            }.joined(separator: ", ")
            let dims = m.dimensions.allDimensions ? "every d" : "d = " + m.dimensions.checked.map(String.init).joined(separator: ", ")
            rows.append([
                "[\(m.claim)](\(folder)/)" + (folder.hasSuffix(".any") ? " (sign ∈ [−1, 1] at 0)" : ""), kappas[folder] ?? "—", dims, params,
                m.verdict, "\(m.cases.count)", "\(m.queries.count)", m.seconds.map { String(format: "%.2f s", $0) } ?? "—",
                "`\((m.bundleHash ?? "").prefix(16))…`",
            ])
        }
        let header = rows[0]
        var out = [
            "# Proofs", "",
            "Proof bundles of the paper's claims, written by `lionk reproduce --proofs Proofs/` (docs/proof-logs.md).",
            "Each folder holds the claim as a claim file, every query lionk sent with its answer, the reductions' obligations,",
            "the lemmas as bundles of their own and, for a refutation, the exact counterexample with its replay.", "",
            "Re-check all of them without trusting lionk's engine:", "",
            "    lionk check Proofs/                       # the linked Z3, every query and obligation",
            "    lionk check Proofs/ --solver z3           # any SMT-LIB2 solver binary, e.g. Debian's z3 or the z3-solver wheel's", "",
            "`make test` runs `lionk check Proofs/`; times are those of the run that wrote the bundles (they are not hashed).", "",
            "| " + header.joined(separator: " | ") + " |",
            "|" + header.map { _ in "---" }.joined(separator: "|") + "|",
        ]
        for r in rows.dropFirst() { out.append("| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |") }
        return out.joined(separator: "\n") + "\n"
    }
}

/// An SMT-LIB2 solver command line for `lionk check --solver`.
struct SolverCommandLine: ExpressibleByArgument {
    var words: [String]
    init?(argument: String) {
        words = argument.split(separator: " ").map(String.init)
        if words.isEmpty { return nil }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-check proof bundles without trusting the lionk that wrote them.",
        usage: "lionk check <folders>... [<options>]",
        discussion: """
            Checks every file of each bundle against the SHA-256 in its manifest and the
            manifest against its bundle hash (a changed, missing or unlisted file fails,
            naming it), re-runs every stored query and obligation with the linked Z3 or
            any SMT-LIB2 solver binary, compares the answers with the recorded ones, and
            re-evaluates a counterexample exactly on the bundle's claim file. A solver's
            unknown is not agreement. Exit codes: 0 every answer agrees, 1 a disagreement,
            3 some answer unknown, 64 usage error, 65 a changed or malformed bundle.

            Examples:
              lionk check Proofs/                         every bundle in the folder
              lionk check out/my-claim --solver z3        Debian's z3 binary
              lionk check Proofs/lion.box-invariant --solver bench/.venv/bin/z3 --timeout 60
            """)

    @Argument(help: "Proof bundles (folders written by `verify --proof` or `reproduce --proofs`), or folders of bundles.")
    var folders: [String]

    @Option(help: "An SMT-LIB2 solver command (the query file is appended), e.g. 'z3' or 'cvc5'; repeatable: tried in order until one decides. Default: the linked Z3.")
    var solver: [SolverCommandLine] = []

    @Option(help: "Per-query timeout in seconds (default 120).")
    var timeout: Double = 120

    @Option(help: "Queries run at once (default: the number of cores).")
    var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    @Flag(help: "Also run the informational queries: the unreduced claim, and queries undecided when the bundle was written (they often time out).")
    var unreduced = false

    @Flag(help: "Print one JSON object on stdout.")
    var json = false

    @Flag(name: .shortAndLong, help: "List every query's re-check, not only the ones that do not agree.")
    var verbose = false

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
    }

    func run() throws {
        try runMain {
            var bundles: [String] = []
            for f in folders {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: f, isDirectory: &isDir), isDir.boolValue else {
                    throw fail("'\(f)' is not a folder", code: Exit.dataError)
                }
                let found = ProofWriting.bundles(in: f)
                if found.isEmpty { throw fail("'\(f)': no proof bundle in it (no manifest.json)", code: Exit.dataError) }
                bundles += found
            }
            let choice: CheckSolver = solver.isEmpty ? .linked : .commands(solver.map(\.words))
            for s in solver where ProofWriting.which(s.words[0]) == nil {
                throw fail("--solver: '\(s.words[0])' is not an executable on PATH", code: Exit.usage)
            }
            let progress = json ? nil : terminalProgress()
            var checks: [BundleCheck] = []
            let out = StreamingOutput()
            if !json { out.line("re-checking \(bundles.count) bundle\(bundles.count == 1 ? "" : "s") with \(choice.name)") }
            // One solver run per distinct query text in this check (bundles share lemma bundles).
            let answers = QueryAnswers()
            for b in bundles {
                let c = ProofChecker.check(
                    folder: b, solver: choice, timeout: timeout, jobs: jobs, unreduced: unreduced, progress: progress, answers: answers)
                clearProgress()
                checks.append(c)
                if !json { out.line(Self.text(c, verbose: verbose)) }
            }
            let summaries = checks.map(\.summary)
            let code: Int32 =
                summaries.contains(.bad) ? Exit.dataError : summaries.contains(.disagree) ? 1 : summaries.contains(.unknowns) ? 3 : 0
            if json {
                out.line(jsonText(["solver": choice.name, "bundles": checks.map(Self.json), "exit": Int(code)]))
            } else {
                let n = checks.reduce(0) { $0 + $1.queries.count + $1.allLemmas.reduce(0) { $0 + $1.queries.count } }
                out.line(
                    "\(checks.count) bundle\(checks.count == 1 ? "" : "s"), \(n) queries: "
                        + [("agree", BundleCheck.Summary.agree), ("disagree", .disagree), ("with unknowns", .unknowns), ("changed or malformed", .bad)]
                        .map { name, s in "\(summaries.filter { $0 == s }.count) \(name)" }.joined(separator: ", "))
            }
            if code == Exit.dataError, let first = checks.flatMap({ [$0] + $0.lemmas }).flatMap(\.problems).first {
                throw fail(first, code: Exit.dataError)
            }
            return code
        }
    }

    static func word(_ s: BundleCheck.Summary) -> String {
        switch s {
        case .agree: return Terminal.paint("AGREE", .green)
        case .disagree: return Terminal.paint("DISAGREE", .red)
        case .unknowns: return Terminal.paint("UNKNOWN", .yellow)
        case .bad: return Terminal.paint("CHANGED", .red)
        }
    }

    static func text(_ c: BundleCheck, verbose: Bool, indent: String = "", lemma: Bool = false) -> String {
        var lines: [String] = []
        let all = c.queries + c.allLemmas.flatMap(\.queries)
        let counts = Dictionary(grouping: all, by: \.status).mapValues(\.count)
        let tally = [QueryCheck.Status.agree, .disagree, .solverUnknown, .informational].compactMap { s in counts[s].map { "\($0) \(s.rawValue)" } }
        let nested = c.allLemmas.count
        lines.append(
            "\(indent)\(lemma ? "lemma " : "")\(word(c.summary)) \(c.claim) (\(c.verdict)) \(c.folder)" + (tally.isEmpty ? "" : ": " + tally.joined(separator: ", "))
                + (nested > 0 && !lemma ? " (with \(nested) lemma bundle\(nested == 1 ? "" : "s"))" : ""))
        for p in c.problems { lines.append("\(indent)  \(p)") }
        for q in c.queries where verbose || q.status == .disagree || q.status == .solverUnknown {
            lines.append("\(indent)  \(q.status.rawValue): \(q.label): expected \(q.expected ?? "-"), got \(q.got) (\(String(format: "%.2f", q.seconds)) s) \(q.file)")
        }
        if let cx = c.counterexample { lines.append("\(indent)  counterexample: \(cx)") }
        // Lemma bundles: listed when verbose or when they do not agree.
        for l in c.lemmas where verbose || l.summary != .agree { lines.append(text(l, verbose: verbose, indent: indent + "  ", lemma: true)) }
        return lines.joined(separator: "\n")
    }

    static func json(_ c: BundleCheck) -> [String: Any] {
        [
            "folder": c.folder, "claim": c.claim, "verdict": c.verdict, "bundle_hash": c.bundleHash ?? NSNull(),
            "summary": "\(c.summary)", "problems": c.problems,
            "queries": c.queries.map {
                ["file": $0.file, "label": $0.label, "role": $0.role, "expected": $0.expected ?? NSNull(), "got": $0.got,
                 "status": $0.status.rawValue, "seconds": $0.seconds] as [String: Any]
            },
            "counterexample": c.counterexample ?? NSNull(), "lemmas": c.lemmas.map(json),
        ]
    }
}

extension ProofWriting {
    /// The executable a command name resolves to on PATH (or the path itself).
    static func which(_ name: String) -> String? {
        let fm = FileManager.default
        if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if fm.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}
