import ArgumentParser
import Dynamics
import Foundation
import Proof
import Simulation
import Solver
import Symbolic
import Verification

/// Options shared by the commands that run the engine.
struct EngineFlags: ParsableArguments {
    @Option(parsing: .unconditional, help: "Per-query timeout in seconds (at most 1e9), or 'inf' for none.")
    var timeout = Seconds(60)

    @Option(parsing: .unconditional, help: "Time budget for the whole claim, in seconds (at most 1e9), or 'inf' for none.")
    var budget = Seconds(600)

    @Option(parsing: .unconditional, help: "Worker threads, one Z3 context each, 1 to \(EngineFlags.maxJobs) (default: the number of cores).")
    var jobs: Int = max(1, min(EngineFlags.maxJobs, ProcessInfo.processInfo.activeProcessorCount))

    @Option(help: "How sign reads at 0: 'implementation' (sign(0) = 0) or 'any' (any value in [-1, 1]).")
    var subgradient: String = "implementation"

    @Option(name: .customLong("without"), help: "Leave out a reduction (worst-case-elimination, separability, unsplit-first, case-split, clear-denominators, exp-abstraction); repeatable.")
    var without: [String] = []

    @Option(help: "Bisect parameter boxes of undecided cases down to this width (an exact number, e.g. 1/16).")
    var bisectWidth: String?

    @Option(help: "How Z3 decides each query: 'portfolio' (the default: nlsat, the SMT core and the SMT core with nested nlsat, in rounds of growing time slices), one of 'nlsat', 'smt', 'smt-nra', 'z3-default' (Z3's own strategy), or several separated by commas, run in rounds.")
    var strategy: StrategyChoice = .default

    static let maxJobs = 256

    func validate() throws {
        try timeout.validate("--timeout")
        try budget.validate("--budget")
        try checkRange(jobs, in: 1...Self.maxJobs, "--jobs")
        if let w = bisectWidth {
            guard let r = exactNumber(w), r > 0 else { throw ValidationError("--bisect-width must be a positive exact number (e.g. 1/16), not '\(w)'") }
        }
    }

    func options(progress: (@Sendable (String) -> Void)?) throws -> EngineOptions {
        var o = EngineOptions()
        try validate()
        o.queryTimeout = timeout.limit
        o.budget = budget.limit
        o.jobs = jobs
        guard let conv = SubgradientConvention(rawValue: subgradient) else {
            throw fail("--subgradient must be 'implementation' or 'any', not '\(subgradient)'")
        }
        o.convention = conv
        if let w = bisectWidth, let r = exactNumber(w) { o.bisectionMinWidth = r }
        for w in without {
            guard let r = Reduction(rawValue: w), Reduction.optional.contains(r) else {
                throw fail("--without: unknown reduction '\(w)' (known: \(Reduction.optional.map(\.rawValue).sorted().joined(separator: ", ")))")
            }
            o.disabledReductions.insert(r)
        }
        o.progress = progress
        return o
    }

    /// The Z3 backend with the chosen strategy.
    var backend: Z3Backend { Z3Backend(portfolio: strategy.portfolio) }

    /// An engine on Z3 that stops at Ctrl-C (`Interrupt.cancellation`).
    func engine(progress: (@Sendable (String) -> Void)?) throws -> Engine {
        Engine(backend: backend, options: try options(progress: progress), cancellation: Interrupt.cancellation)
    }
}

/// The value of `--strategy`.
struct StrategyChoice: ExpressibleByArgument, Equatable {
    static let portfolioName = "portfolio"
    let portfolio: Portfolio

    static let `default` = StrategyChoice(portfolio: .standard)

    init(portfolio: Portfolio) { self.portfolio = portfolio }

    /// "portfolio", one strategy, or several separated by commas (run in rounds like the default).
    init?(argument: String) {
        if argument == Self.portfolioName {
            self.init(portfolio: .standard)
            return
        }
        let names = argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var strategies: [Strategy] = []
        for name in names {
            guard let s = Strategy(rawValue: name), !strategies.contains(s) else { return nil }
            strategies.append(s)
        }
        if strategies.count == 1 {
            self.init(portfolio: .only(strategies[0]))
        } else {
            self.init(portfolio: Portfolio(strategies, firstSlice: Portfolio.standard.firstSlice, growth: Portfolio.standard.growth))
        }
    }

    var defaultValueDescription: String { Self.portfolioName }
    static var allValueStrings: [String] { [portfolioName] + Strategy.allCases.map(\.rawValue) }
}

/// Progress lines on stderr, only when it is a terminal.
func terminalProgress() -> (@Sendable (String) -> Void)? {
    guard isatty(2) != 0 else { return nil }
    return { line in
        let clipped = line.count > 100 ? String(line.prefix(97)) + "..." : line
        FileHandle.standardError.write(Data("\r\u{1B}[K\(clipped)".utf8))
    }
}

func clearProgress() {
    if isatty(2) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}

struct Verify: CooperativeCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify a claim of the catalogue or a claim file.",
        discussion: """
            Prints the verdict first, then the reductions, the cases, the time and, for a
            refutation, the exact counterexample. Exit codes: 0 proved or found, 1 refuted
            or no witness, 3 unknown, 64 usage error, 65 bad input data.

            Examples:
              lionk verify lion.box-invariant
              lionk verify lionk.lyapunov-discrete --subgradient any --json
              lionk verify lionk.lyapunov-discrete --kappa huber
              lionk verify lion.box-invariant --kappa l2 --scheme implicit
              lionk verify lionk.lyapunov-discrete --param beta1=0.9 --range beta2=0.9:0.999
              lionk verify lion.box-invariant --dim 3 --smt2 out/queries
              lionk verify examples/lion-box-invariant.toml
            """)

    @Argument(help: "A claim name from `lionk list`, or a claim file (TOML; see docs/claim-files.md).")
    var claim: String

    @Option(help: "κ of a catalogue family: e.g. `lionk.lyapunov-discrete --kappa l2`.")
    var kappa: KappaID?

    @Option(help: "The scheme of a catalogue family with both (lionk.invariance, lionk.contraction).")
    var scheme: CatalogueKey.Scheme?

    @Option(help: "Dimension: an integer, a comma-separated list, or 'any' (the default; a claim file may set its own).")
    var dim: String?

    @Option(name: .customLong("param"), help: "Fix a parameter to an exact value: name=value (e.g. beta1=0.9, eps=1/100).")
    var params: [String] = []

    @Option(name: .customLong("range"), help: "Restrict a parameter to a closed interval: name=lo:hi.")
    var ranges: [String] = []

    @Flag(help: "Print exactly one JSON object on stdout.")
    var json = false

    @Option(help: "Write every query sent (cases, side conditions, definedness) and the reductions' obligations as standalone SMT-LIB2 files into this folder (its .smt2 files are replaced).")
    var smt2: String?

    @Option(help: "Write a proof bundle into this folder (manifest, claim file, every query and obligation, counterexample; re-check with `lionk check`).")
    var proof: String?

    @Option(help: "Write a LaTeX fragment (the statement, its parameter region and dimensions, a machine-checked paragraph with the bundle hash) to this file, for \\input in a paper.")
    var latex: String?

    @OptionGroup var engineFlags: EngineFlags

    func run() throws {
        try runMain {
            var c: Claim
            var resolved = claim
            var notes: [String] = []
            var entry = Catalogue.entry(named: claim)
            if kappa != nil || scheme != nil {
                if entry == nil && (claim.hasSuffix(".toml") || FileManager.default.fileExists(atPath: claim)) {
                    throw fail("--kappa and --scheme select catalogue claims; a claim file states its own κ and update rule")
                }
                let picked = try CatalogueResolver.resolve(claim, kappa: kappa, scheme: scheme)
                // A family member may fix what the family leaves free: say so.
                if picked.name != claim, let base = Catalogue.entry(named: claim) {
                    let mine = Dictionary(uniqueKeysWithValues: picked.make(.anyDimension).parameters.map { ($0.symbol.name, $0.domain) })
                    let theirs = base.make(.anyDimension).parameters
                    let differs = theirs.compactMap { p -> String? in
                        guard let d = mine[p.symbol.name] else { return "\(p.symbol.name) absent (there: \(p.domain))" }
                        return d == p.domain ? nil : "\(d.membership(of: p.symbol.name)) (there: \(p.domain))"
                    }
                    if !differs.isEmpty {
                        notes.append("\(picked.name) is not \(claim) with another κ only; it fixes " + differs.joined(separator: ", "))
                    }
                }
                entry = picked
                if !json && picked.name != claim { FileHandle.standardError.write(Data("lionk: \(claim) with \([kappa.map { "κ = \($0)" }, scheme.map { "the \($0.rawValue) scheme" }].compactMap { $0 }.joined(separator: ", ")) is \(picked.name)\n".utf8)) }
                c = picked.make(.anyDimension)
                resolved = picked.name
            } else {
                (c, notes) = try loadClaimWithNotes(claim)
            }
            if let d = dim { c.dimensions = try parseDimensions(d) }
            for p in params { c = try applyParameter(p, to: c, interval: false) }
            for r in ranges { c = try applyParameter(r, to: c, interval: true) }
            var options = try engineFlags.options(progress: json ? nil : terminalProgress())
            options.recordQueries = smt2 != nil || proof != nil || latex != nil
            let engine = Engine(backend: engineFlags.backend, options: options, cancellation: Interrupt.cancellation)
            let result: VerificationResult
            do {
                result = try engine.verify(c)
            } catch {
                throw fail("claim '\(claim)': \(error)", code: Exit.dataError)
            }
            clearProgress()
            // A query stopped by Ctrl-C is no verdict: nothing is printed or written.
            let writing = [smt2, proof, latex].compactMap { $0 }
            try Interrupt.check(writing.isEmpty ? "before a verdict" : "before a verdict; nothing written to \(writing.joined(separator: ", "))")
            if let dir = smt2 { try writeQueries(result, to: dir) }
            // Replays: a claim file by the dynamics it declares (never a catalogue claim of the
            // same name), a catalogue claim by its entry.
            let fromFile = entry == nil
            var replay: ReplayResult?
            var replayNote: String?
            if fromFile {
                (replay, replayNote) = try replayClaimFile(result, claim: c, path: claim)
            } else {
                replay = replayIfPossible(result, claimName: resolved)
            }
            let source = ProofWriting.source(result, claim: c, convention: options.convention, replay: replay, header: ["Claim \(c.name), as verified (lionk verify \(claim))."])
            var manifest: Manifest?
            if let dir = proof {
                let m = try ProofWriting.write(source, to: dir)
                manifest = m
                if !json { FileHandle.standardError.write(Data("lionk: proof bundle written to \(dir) (\(m.queries.count) queries, bundle hash \(m.bundleHash ?? "?"))\n".utf8)) }
            }
            if let file = latex {
                let m = try manifest ?? ProofWriting.manifest(source)
                try ProofWriting.writeText(LaTeXFragment.section(claim: c, manifest: m, bundle: proof, irrational: result.counterexample?.irrationalSymbols ?? []), to: file, what: "the LaTeX fragment")
            }
            // Beside an unknown, the entry's random-point check (log-sum-exp's §5), if it has
            // one — only for the claim as catalogued (the check samples its parameters and d).
            let asCatalogued = params.isEmpty && ranges.isEmpty && dim == nil
            let spot = result.verdict == .unknown && asCatalogued ? entry?.spotCheck?() : nil
            print(
                json
                    ? Report.json(result, statement: c, replay: replay, replayNote: replayNote, claimFile: fromFile ? claim : nil, notes: notes, spotCheck: spot)
                    : Report.text(result, statement: c, replay: replay, replayNote: replayNote, notes: notes, spotCheck: spot))
            return Exit.code(for: result.verdict)
        }
    }
}

func parseDimensions(_ text: String) throws -> DimensionScope {
    if text == "any" { return .anyDimension }
    let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    var dims: [Int] = []
    for p in parts {
        guard let d = Int(p), d >= 1, d <= 64 else { throw fail("--dim must be 'any' or integers between 1 and 64, not '\(text)'") }
        dims.append(d)
    }
    guard !dims.isEmpty else { throw fail("--dim must not be empty") }
    return .fixed(dims)
}

/// `--param name=value` or `--range name=lo:hi`: the parameter's domain *intersected* with
/// the value or interval, so a result never speaks of values outside the claim's own domain;
/// an empty intersection is a usage error naming both domains.
func applyParameter(_ spec: String, to claim: Claim, interval: Bool) throws -> Claim {
    let flag = interval ? "--range" : "--param"
    guard let eq = spec.firstIndex(of: "=") else { throw fail("\(flag) expects name=\(interval ? "lo:hi" : "value"), got '\(spec)'") }
    let name = String(spec[..<eq])
    let value = String(spec[spec.index(after: eq)...])
    guard let p = claim.parameters.first(where: { $0.symbol.name == name }) else {
        let known = claim.parameters.map(\.symbol.name).joined(separator: ", ")
        throw fail("\(flag): '\(name)' is not a parameter of this claim (parameters: \(known))")
    }
    let asked: ParameterDomain
    if interval {
        let bounds = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard bounds.count == 2, let lo = exactNumber(bounds[0]), let hi = exactNumber(bounds[1]), lo <= hi else {
            throw fail("--range expects name=lo:hi with exact numbers lo ≤ hi (an integer, a decimal or one fraction p/q each), got '\(spec)'")
        }
        asked = .closed(lo, hi)
    } else {
        guard let v = exactNumber(value) else {
            throw fail("--param expects an exact number (e.g. 0.9, 9/10 or 1e-3; one fraction p/q), got '\(value)'")
        }
        asked = .exactly(v)
    }
    let restricted = claim.restricted(name, to: asked)
    guard let d = restricted.parameters.first(where: { $0.symbol.name == name })?.domain, !d.isEmpty else {
        throw fail("\(flag) \(spec): \(name) \(interval ? "∈" : "=") \(asked) lies outside the claim's domain \(name) ∈ \(p.domain) (the intersection is empty)")
    }
    return restricted
}

/// Writes every recorded query as a standalone SMT-LIB2 file, all or nothing, replacing the
/// folder's earlier .smt2 files (`writeStaged`). Each file says what it is and what lionk's
/// solver answered (also as `:status`).
func writeQueries(_ r: VerificationResult, to dir: String) throws {
    var files: [(String, String)] = []
    for (i, q) in r.queries.enumerated() {
        guard let text = q.smtlib2 else { continue }
        let header = "; lionk \(LionkVersion.number) — claim \(r.claim)\n; \(q.role.rawValue): \(q.label)\n; answer: \(q.answer)\n"
        files.append((String(format: "%03d-%@.smt2", i + 1, q.role.rawValue), header + text))
    }
    try writeStaged(files, to: dir, what: "SMT-LIB2 files", clean: [("", ".smt2")])
}

/// The staging folder beside `target` (hidden, per process).
func stagingFolder(for target: URL) -> URL {
    target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
}

/// Writes `files` (paths relative to `folder`) into a fresh `folder`.
func stage(_ files: [(String, String)], in folder: URL) throws {
    let fm = FileManager.default
    try? fm.removeItem(at: folder)
    for (path, text) in files {
        let url = folder.appendingPathComponent(path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Writes files (paths relative to `dir`, e.g. "lemmas/a.toml") into a staging folder beside
/// `dir` first; only when every write succeeded are they moved into place, after the files
/// ending in each `clean` suffix are removed from its folder (relative to `dir`, "" for `dir`).
func writeStaged(_ files: [(String, String)], to dir: String, what: String, clean: [(folder: String, suffix: String)] = []) throws {
    let fm = FileManager.default
    let target = URL(fileURLWithPath: dir)
    let staging = stagingFolder(for: target)
    do {
        try stage(files, in: staging)
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        for (folder, suffix) in clean {
            let f = folder.isEmpty ? target : target.appendingPathComponent(folder)
            try fm.createDirectory(at: f, withIntermediateDirectories: true)
            for old in try fm.contentsOfDirectory(atPath: f.path) where old.hasSuffix(suffix) {
                try fm.removeItem(at: f.appendingPathComponent(old))
            }
        }
        for (path, _) in files {
            let dest = target.appendingPathComponent(path)
            try fm.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: dest.path) { try fm.removeItem(at: dest) }
            try fm.moveItem(at: staging.appendingPathComponent(path), to: dest)
        }
        try fm.removeItem(at: staging)
    } catch {
        try? fm.removeItem(at: staging)
        throw fail("cannot write \(what) to '\(dir)': \(error.localizedDescription)", code: Exit.dataError)
    }
}

/// Replays a claim file's counterexample (a refutation, or a model of a relaxation) by the
/// dynamics its `[dynamics]` table declares; without one, says how to get a replay.
func replayClaimFile(_ r: VerificationResult, claim: Claim, path: String) throws -> (ReplayResult?, String?) {
    guard let cx = r.counterexample, r.kind == .forall else { return (nil, nil) }
    let declared: DeclaredDynamics?
    do { declared = try ClaimFile.declaredDynamics(path: path) } catch {
        throw fail("\(error)", code: Exit.dataError)
    }
    guard let dyn = declared else {
        return (nil, "no replay: the claim file declares no [dynamics] (add one to have the counterexample replayed by the simulator; docs/claim-files.md)")
    }
    return (Replay.replay(cx, claim: claim, dynamics: dyn), nil)
}

/// Replays a refutation on a concrete function of the claimed class, when the simulator
/// knows the claim (the Lion claims of the catalogue and their mutations).
func replayIfPossible(_ r: VerificationResult, claimName: String) -> ReplayResult? {
    guard r.verdict == .refuted, let cx = r.counterexample,
        let which = ReplayClaim(claimName: claimName) ?? ReplayClaim(claimName: r.claim)
    else { return nil }
    return Replay.replay(cx, claim: which)
}
