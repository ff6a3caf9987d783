import ArgumentParser
import Dynamics
import Foundation
import Synchronization
import Proof
import Symbolic
import Verification

struct Reproduce: CooperativeCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the paper's claims from the catalogue and print one table.",
        discussion: """
            Each row is printed as its claim finishes; an interrupted run keeps the rows
            printed so far. Exit code 0 when every claim run gets its expected verdict, 1
            otherwise.

            Examples:
              lionk reproduce                          every entry but the slow ones
              lionk reproduce --all                    every entry
              lionk reproduce --kappa l2               the claims about one κ
              lionk reproduce --family lionk.invariance --json
            """)

    @Flag(name: .shortAndLong, help: "Print each claim's time on stderr as it finishes.")
    var verbose = false

    @Flag(help: "Also run the slow entries (marked slow in `lionk list`).")
    var all = false

    @Option(help: "Only the claims about this κ (see `lionk kappa list`).")
    var kappa: KappaID?

    @Option(help: "Only the claims of this family (as for `lionk list --family`).")
    var family: String?

    @Flag(help: "Print one JSON document (every claim's verdict, expected verdict, cases and deciding strategies) instead of the table.")
    var json = false

    @Option(help: "Write a proof bundle per claim into this folder (one subfolder per claim, replaced as a whole) and a README.md table of the bundles there; re-check with `lionk check FOLDER`.")
    var proofs: String?

    @Option(help: "Write a LaTeX fragment with every claim's statement and machine-checked paragraph to this file, for \\input in a paper's appendix.")
    var latex: String?

    @Option(help: "Claims run at once (default: --jobs); the workers are shared among them.")
    var parallel: Int?

    @OptionGroup var engineFlags: EngineFlags

    func validate() throws {
        if let p = parallel, !(1...EngineFlags.maxJobs).contains(p) {
            throw ValidationError("--parallel must be between 1 and \(EngineFlags.maxJobs), not \(p)")
        }
        if let k = kappa, !CatalogueResolver.kappas.contains(k) {
            throw ValidationError("--kappa: no catalogue claim is about κ = \(k) (the catalogue's: \(CatalogueResolver.kappas.map(\.name).joined(separator: ", ")))")
        }
        if let f = family {
            let families = Set(CatalogueResolver.families)
            if !families.contains(f) {
                throw ValidationError("--family: no catalogue family '\(f)' (families: \(families.sorted().joined(separator: ", ")))")
            }
        }
    }

    /// The entries the options select, slow ones included or not.
    func selected() -> (run: [CatalogueEntry], skipped: [CatalogueEntry]) {
        let matching = Catalogue.entries.filter { e in
            (kappa == nil || e.key.kappa == kappa) && (family == nil || e.key.familyName == family)
        }
        return all ? (matching, []) : (matching.filter { !$0.slow }, matching.filter(\.slow))
    }

    func run() throws {
        try runMain {
            let (entries, skipped) = selected()
            if entries.isEmpty {
                throw fail("no catalogue claim matches (only slow entries: \(skipped.map(\.name).joined(separator: ", ")); add --all)")
            }
            let options = try engineFlags.options(progress: nil)
            let progress = json ? nil : terminalProgress()
            let engine = Engine(backend: engineFlags.backend, options: options, cancellation: Interrupt.cancellation)
            let out = StreamingOutput()
            if !json {
                out.line("Z3 \(engine.backend.name) — exact rational arithmetic, \(options.jobs) worker\(options.jobs == 1 ? "" : "s"), strategy \(engineFlags.strategy.portfolio)\n")
                // Two tiny checks first: a proof and a refutation with its exact model.
                let x = Expr.scalar("x")
                let tiny = [
                    Claim(name: "x·x ≥ 0 over the reals", parameters: [], hypotheses: [], goal: x * x .>= 0),
                    Claim(name: "x·x ≥ x over the reals", parameters: [], hypotheses: [], goal: x * x .>= x),
                ]
                for c in tiny {
                    let r = try engine.verify(c)
                    try Interrupt.check()
                    var line = "\(c.name): \(r.verdict.name)"
                    if let cx = r.counterexample {
                        line += " — counterexample " + cx.values.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
                        line += " (exact check: \(cx.check))"
                    }
                    out.line(line)
                }
                out.line("")
            }

            let columns = ReproduceTable(entries: entries)
            if !json {
                out.line(columns.header)
                out.line(columns.rule)
            }
            // Every (claim, convention) run, in catalogue order.
            var tasks: [(entry: CatalogueEntry, convention: SubgradientConvention)] = []
            for entry in entries {
                let conventions: [SubgradientConvention] =
                    entry.name == "lionk.lyapunov-discrete" ? [.implementation, .any] : [options.convention]
                for conv in conventions { tasks.append((entry, conv)) }
            }
            // Claims run `parallel` at a time and share the workers: most claims are one or two
            // queries, so one claim alone leaves a core idle. Rows are printed in catalogue order,
            // each as soon as it and every row above it are finished.
            let parallel = max(1, min(self.parallel ?? options.jobs, tasks.count))
            var shared = engine
            shared.options.jobs = max(1, options.jobs / parallel)
            let perClaim = shared
            let recording = proofs != nil || latex != nil
            let proofsDir = proofs
            let verbose = self.verbose
            let json = self.json
            let started = Date()
            let state = Mutex(ReproduceProgress())
            let failure = Mutex<(any Error)?>(nil)
            let total = tasks.count
            let taskList = tasks
            runParallel(count: total, workers: parallel, stop: { Interrupt.requested || failure.withLock { $0 != nil } }) { i in
                do {
                    let (entry, conv) = taskList[i]
                    var e = perClaim
                    e.options.convention = conv
                    e.options.recordQueries = recording
                    let r = try e.verify(entry.make(.anyDimension))
                    // Ctrl-C: a claim it stopped has no verdict; it is not printed.
                    if Interrupt.requested { return }
                    var done = ReproduceProgress.Done(row: ReproduceRow(entry: entry, convention: conv, result: r))
                    if verbose {
                        done.verbose = "[\(String(format: "%7.2f", r.seconds)) s] \(entry.name) \(conv.rawValue): \(r.verdict.name)\n"
                    }
                    if recording {
                        let folder = entry.name + (entry.name == "lionk.lyapunov-discrete" && conv == .any ? ".any" : "")
                        let c = entry.make(.anyDimension)
                        let source = ProofWriting.source(
                            r, claim: c, convention: conv, replay: replayIfPossible(r, claimName: entry.name),
                            header: ["Catalogue claim \(entry.name) (κ = \(entry.kappa)): \(entry.summary).", "Expected verdict: \(entry.expected.name)."])
                        // An unknown verdict proves nothing and re-checks nothing: no bundle (verify --proof writes one).
                        let path = r.verdict == .unknown ? nil : proofsDir.map { ($0 as NSString).appendingPathComponent(folder) }
                        let m = try path.map { try ProofWriting.write(source, to: $0) } ?? ProofWriting.manifest(source)
                        done.wroteBundle = path != nil
                        done.fragment = LaTeXFragment.section(claim: c, manifest: m, bundle: path, irrational: r.counterexample?.irrationalSymbols ?? [])
                    }
                    if r.verdict == .unknown, let check = entry.spotCheck {
                        done.spotCheck = "\(entry.name): \(check())"
                    }
                    state.withLock { st in
                        st.finished[i] = done
                        while let d = st.finished.removeValue(forKey: st.printed.count) {
                            if let v = d.verbose { FileHandle.standardError.write(Data(v.utf8)) }
                            if !json {
                                clearProgress()
                                out.line(columns.line(d.row))
                            }
                            st.printed.append(d)
                        }
                        progress?("reproduce: \(st.printed.count + st.finished.count)/\(total) claims finished …")
                    }
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
            if let error = failure.withLock({ $0 }) { throw error }
            let printed = state.withLock { $0.printed }
            let rows = printed.map(\.row)
            let spotChecks = printed.compactMap(\.spotCheck)
            let fragments = printed.compactMap(\.fragment)
            let written = printed.filter(\.wroteBundle).count
            if Interrupt.requested {
                // Ctrl-C: the claims printed so far, not those it stopped or that finished out of order.
                clearProgress()
                if json { out.line(Self.document(rows, skipped: skipped, engine: engine, seconds: Date().timeIntervalSince(started), interrupted: true)) }
                throw Interrupted(detail: "after \(rows.count) claim\(rows.count == 1 ? "" : "s")\(json ? "" : " (the rows above)"); the rest were not run")
            }
            clearProgress()
            if let file = latex {
                try ProofWriting.writeText(fragments.joined(separator: "\n"), to: file, what: "the LaTeX fragment")
            }
            if let dir = proofs {
                var kappas: [String: String] = [:]
                for e in Catalogue.entries { kappas[e.name] = e.kappa; kappas[e.name + ".any"] = e.kappa }
                let text = ProofWriting.readme(dir, kappas: kappas)
                do {
                    // No bundle may have been written (every claim run unknown): the folder is made here then.
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("README.md")), options: .atomic) } catch {
                    throw fail("cannot write \(dir)/README.md: \(error.localizedDescription)", code: Exit.dataError)
                }
                if !json {
                    let unknown = rows.count - written
                    out.line("wrote \(written) proof bundle\(written == 1 ? "" : "s") to \(dir)\(unknown > 0 ? " (none for the \(unknown) unknown verdict\(unknown == 1 ? "" : "s"))" : "") (README.md lists every bundle there; `lionk check \(dir)` re-checks them)")
                }
            }
            let mismatches = rows.filter { !$0.ok }.count
            if json {
                out.line(Self.document(rows, skipped: skipped, engine: engine, seconds: Date().timeIntervalSince(started), interrupted: false))
                return mismatches == 0 ? 0 : 1
            }
            if !spotChecks.isEmpty {
                out.line("\nnumeric spot checks beside unknown verdicts (Double, random points; evidence, never a proof):")
                for line in spotChecks { out.line("  \(line)") }
            }
            out.line("")
            out.line(
                mismatches == 0
                    ? Terminal.paint("all \(rows.count) claims got their expected verdict (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)", .green)
                    : Terminal.paint("\(mismatches) claim(s) did NOT get the expected verdict", .red))
            if !skipped.isEmpty {
                let kappas = Set(skipped.map(\.kappa)).sorted().joined(separator: ", ")
                out.line("\(skipped.count) slow \(skipped.count == 1 ? "entry" : "entries") skipped (κ: \(kappas)); `lionk reproduce --all` runs \(skipped.count == 1 ? "it" : "them")")
            }
            return mismatches == 0 ? 0 : 1
        }
    }

    static func document(_ rows: [ReproduceRow], skipped: [CatalogueEntry], engine: Engine, seconds: Double, interrupted: Bool) -> String {
        let obj: [String: Any] = [
            "solver": engine.backend.name,
            "jobs": engine.options.jobs,
            "claims": rows.map(\.json),
            "mismatches": rows.filter { !$0.ok }.count,
            "skipped_slow": skipped.map(\.name),
            "seconds": seconds,
            "interrupted": interrupted,
        ]
        return jsonText(obj)
    }
}

/// The rows of a reproduce run: printed in order, and finished out of order.
struct ReproduceProgress {
    struct Done {
        var row: ReproduceRow
        var verbose: String?
        var fragment: String?
        var spotCheck: String?
        var wroteBundle = false
    }
    var printed: [Done] = []
    var finished: [Int: Done] = [:]
}

/// One claim's line of the reproduce table.
struct ReproduceRow {
    var entry: CatalogueEntry
    var convention: SubgradientConvention
    var result: VerificationResult

    var ok: Bool { result.verdict == entry.expected }
    var scope: String {
        result.provedForAllDimensions ? "every d (from d = 1)" : result.dimensionsChecked.map(String.init).joined(separator: ",")
    }
    /// How many cases each strategy decided.
    var strategyCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for c in result.cases { if let s = c.strategy { counts[s, default: 0] += 1 } }
        return counts
    }

    /// `strategyCounts` as text, e.g. "nlsat 10, smt 2".
    var strategies: String {
        let counts = strategyCounts
        if counts.isEmpty { return "-" }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    var json: [String: Any] {
        [
            "claim": entry.name, "kappa": entry.kappa, "subgradient": convention.rawValue,
            "verdict": result.verdict.name, "expected": entry.expected.name, "ok": ok,
            "dims": ["checked": result.dimensionsChecked, "all_dimensions": result.provedForAllDimensions] as [String: Any],
            "cases": result.cases.count, "strategies": strategyCounts, "seconds": result.seconds, "slow": entry.slow,
            "counterexample_check": result.counterexample.map { $0.check as Any } ?? NSNull(),
            "open_cases": result.openCases,
        ]
    }
}

/// Fixed column widths, known before the first claim runs, so that rows stream.
struct ReproduceTable {
    let widths: [Int]
    static let titles = ["claim", "κ", "subgradient", "dimensions", "verdict", "expected", "cases", "time", "decided by"]

    init(entries: [CatalogueEntry]) {
        let verdicts = [Verdict.proved, .refuted, .unknown, .provedInScope, .found, .noWitness, .noWitnessInScope].map(\.name.count).max() ?? 8
        widths = [
            max(5, entries.map(\.name.count).max() ?? 0), max(1, entries.map(\.kappa.count).max() ?? 0),
            14, 20, verdicts + 3, verdicts, 5, 9, 10,
        ]
    }

    func format(_ cells: [String]) -> String {
        let padded = cells.enumerated().map { $0.element.padding(toLength: max(widths[$0.offset], $0.element.count), withPad: " ", startingAt: 0) }
        return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
    }

    var header: String { format(Self.titles) }
    var rule: String { widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") }

    func line(_ row: ReproduceRow) -> String {
        format([
            row.entry.name, row.entry.kappa, row.convention.rawValue, row.scope, row.result.verdict.name + (row.ok ? "" : "  ✗"),
            row.entry.expected.name, "\(row.result.cases.count)", String(format: "%.2f s", row.result.seconds), row.strategies,
        ])
    }
}

/// Writes whole lines to stdout at once, unbuffered, so a pipe sees each row as it is printed.
struct StreamingOutput {
    func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

func table(_ rows: [[String]]) -> String {
    guard let header = rows.first else { return "" }
    let widths = header.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
    func line(_ r: [String]) -> String {
        let padded = r.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        return String(padded.reversed().drop { $0 == " " }.reversed())
    }
    var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    out += rows.dropFirst().map(line)
    return out.joined(separator: "\n")
}
