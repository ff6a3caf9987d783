import ArgumentParser
import Dynamics
import Foundation
import Proof
import Symbolic
import Simulation
import Verification

struct Synthesize: CooperativeCommand {
    static let configuration = CommandConfiguration(
        abstract: "For which values of an unknown coefficient does a ∀-claim hold? Certified regions.",
        discussion: """
            The claim file's [unknowns] table names the coefficient and its search
            interval (e.g. c = "[0, 10]"); or give --unknown NAME=lo:hi for any
            parameter. The answer is a list of regions of the interval: holds (the
            claim restricted to the region is proved; a point is the simplest
            rational of a narrow bracket, proved there), fails (one exactly checked
            counterexample, and the region where it stays one, proved in the unknown
            alone) and undecided. See docs/synthesis.md.

            With several unknowns (several [unknowns] entries, or --unknown
            repeated), a counterexample-guided search looks for one value vector
            where the claim holds: each counterexample becomes a constraint on the
            unknowns, and when no value of the box satisfies them all, the box is
            certified empty. With exactly two unknowns, --map draws a box map of
            their space instead (holds / fails / undecided cells, bisected --depth
            times). With more than two, the search only.

            Exit codes: 0 every region decided (for several unknowns: a point
            found, or the box certified empty), 3 some region undecided, 64 usage,
            65 bad input.

            Examples:
              lionk synthesize examples/synthesis-lyapunov-l1-c.toml
              lionk synthesize examples/synthesis-lyapunov-l1-c.toml --json
              lionk synthesize examples/synthesis-lyapunov-l1-two-coefficients.toml
              lionk synthesize examples/synthesis-lyapunov-l1-c-rate.toml --map
            """)

    @Argument(help: "A claim file with an [unknowns] table, or any claim (with --unknown).")
    var claim: String

    @Option(help: "An unknown and its search interval: name=lo:hi (repeat it for several; default: the claim file's [unknowns]).")
    var unknown: [String] = []

    @Option(help: "Intervals narrower than this are not split (their simplest rational is tried as a point); an exact number, default 1e-9.")
    var tolerance: String = "1e-9"

    @Option(name: .customLong("max"), help: "At most this many verifications (default 200; 1000 with --map).")
    var maxOption: Int?

    /// The verification budget in force.
    var max: Int { maxOption ?? (map ? 1000 : 200) }

    @Flag(help: "Print one JSON object on stdout.")
    var json = false

    @Flag(name: .shortAndLong, help: "List every region (runs of adjacent regions are summarised otherwise).")
    var verbose = false

    @Option(help: "Repeat the synthesis for N values of another parameter: name=lo:hi:N (exact, evenly spaced), e.g. beta1=1/2:19/20:10.")
    var sweep: String?

    @Option(help: "With --sweep: write an SVG of the regions (x: the swept parameter, y: the unknown); with --map: the map.")
    var svg: String?

    @Flag(help: "With two unknowns: a box map of their space instead of the search.")
    var map = false

    @Option(parsing: .unconditional, help: "With --map: cells per axis of the initial grid (1 to 64).")
    var grid: Int = 4

    @Option(parsing: .unconditional, help: "With --map: bisection levels for undecided cells (0 to 8).")
    var depth: Int = 2

    @Option(help: "Write the result as a LaTeX fragment (regions with exact ends and their certificates) to this file.")
    var latex: String?

    @Option(help: "Write a proof bundle for every certified region into this folder (one subfolder each, and README.md); re-check with `lionk check DIR`.")
    var proofs: String?

    @OptionGroup var engineFlags: EngineFlags

    func validate() throws {
        guard let t = exactNumber(tolerance), t.signum > 0 else { throw ValidationError("--tolerance must be a positive exact number, like 1e-9 or 1/1000") }
        if let m = maxOption, !(1...10_000).contains(m) { throw ValidationError("--max must be between 1 and 10000") }
        if svg != nil && sweep == nil && !map { throw ValidationError("--svg draws a --sweep or a --map: give --sweep name=lo:hi:N or --map") }
        if map && sweep != nil { throw ValidationError("--map and --sweep do not go together") }
        if latex != nil && sweep != nil { throw ValidationError("--latex writes one synthesis, not a --sweep") }
        if proofs != nil && sweep != nil { throw ValidationError("--proofs writes the bundles of one synthesis, not a --sweep") }
        try checkRange(grid, in: 1...64, "--grid")
        try checkRange(depth, in: 0...8, "--depth")
        try checkResolution(grid: grid, depth: depth)
    }

    /// name=lo:hi:N → the N exact values.
    static func sweepValues(_ spec: String) throws -> (String, [Rational]) {
        guard let eq = spec.firstIndex(of: "=") else { throw fail("--sweep expects name=lo:hi:N, got '\(spec)'") }
        let parts = spec[spec.index(after: eq)...].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let lo = exactNumber(parts[0]), let hi = exactNumber(parts[1]), lo < hi, let n = Int(parts[2]), (2...200).contains(n) else {
            throw fail("--sweep expects name=lo:hi:N with exact lo < hi and 2 ≤ N ≤ 200, got '\(spec)'")
        }
        return (String(spec[..<eq]), (0..<n).map { lo + (hi - lo) * Rational($0) / Rational(n - 1) })
    }

    func run() throws {
        try runMain {
            var (c, _) = try loadClaimWithNotes(claim)
            var unknowns: [(String, ParameterDomain)] = []
            if !unknown.isEmpty {
                for spec in unknown {
                    guard let eq = spec.firstIndex(of: "=") else { throw fail("--unknown expects name=lo:hi, got '\(spec)'") }
                    let name = String(spec[..<eq])
                    let bounds = spec[spec.index(after: eq)...].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                    guard bounds.count == 2, let lo = exactNumber(bounds[0]), let hi = exactNumber(bounds[1]), lo < hi else {
                        throw fail("--unknown expects name=lo:hi with exact numbers lo < hi, got '\(spec)'")
                    }
                    guard c.parameters.contains(where: { $0.symbol.name == name }) else {
                        throw fail("--unknown: '\(name)' is not a parameter of this claim (parameters: \(c.parameters.map(\.symbol.name).joined(separator: ", ")))")
                    }
                    guard !unknowns.contains(where: { $0.0 == name }) else { throw fail("--unknown: '\(name)' is given twice") }
                    c = c.with(name, domain: .closed(lo, hi))
                    unknowns.append((name, .closed(lo, hi)))
                }
            } else {
                let text = (try? String(contentsOfFile: claim, encoding: .utf8)) ?? ""
                let names = ClaimFile.unknownNames(text: text)
                guard !names.isEmpty else {
                    throw fail("'\(claim)' has no [unknowns] table: give --unknown NAME=lo:hi", code: Exit.usage)
                }
                unknowns = names.map { n in (n, c.parameters.first { $0.symbol.name == n }!.domain) }
            }
            if map && unknowns.count != 2 {
                throw fail(
                    "--map draws two unknowns, and this claim has \(unknowns.count) (\(unknowns.map(\.0).joined(separator: ", "))); without --map, the search handles any number",
                    code: Exit.usage)
            }
            if unknowns.count > 1 {
                if sweep != nil { throw fail("--sweep repeats a one-unknown synthesis; this claim has \(unknowns.count) unknowns", code: Exit.usage) }
                let engine = try proofEngine()
                return map ? try runMap(c, unknowns: unknowns, engine: engine) : try runSearch(c, unknowns: unknowns, engine: engine)
            }
            let (name, range) = unknowns[0]
            let engine = try proofEngine()
            let progress = json ? nil : terminalProgress()
            if let spec = sweep {
                return try runSweep(spec, claim: c, unknown: name, range: range, engine: engine, progress: progress)
            }
            let r = try synthesis {
                try engine.synthesize(c, unknown: name, range: range, tolerance: exactNumber(tolerance)!, maxVerifications: max, progress: progress)
            }
            // The counterexamples outside, replayed by the simulator when the claim declares its update.
            var replays: [Int: ReplayResult] = [:]
            if let dyn = try? ClaimFile.declaredDynamics(path: claim) {
                for (i, reg) in r.regions.enumerated() {
                    guard let cx = reg.counterexample, let v = cx.values[.scalar(name)]?.rational else { continue }
                    replays[i] = Replay.replay(cx, claim: c.with(name, domain: .exactly(v)), dynamics: dyn)
                }
            }
            try emit(
                json: { Self.json(r) }, replays: replays, under: "regions", text: { Self.text(r, verbose: verbose, replays: replays) },
                latex: { LaTeXFragment.synthesis(r) }, proofs: Self.proofs(r), engine: engine)
            return r.regions.contains { $0.kind == .undecided } ? 3 : 0
        }
    }

    /// Runs one synthesis: a claim it cannot take is a data error; then the progress line is
    /// cleared and a Ctrl-C during it ends the command here.
    func synthesis<R>(_ body: () throws -> R) throws -> R {
        let r: R
        do { r = try body() } catch { throw fail("claim '\(claim)': \(error)", code: Exit.dataError) }
        clearProgress()
        try Interrupt.check("before a result")
        return r
    }

    /// Prints the result — one JSON object (each item of the list `under` with its replay) or
    /// the text — then writes `--latex` and `--proofs` if asked.
    func emit(
        json object: () -> [String: Any], replays: [Int: ReplayResult], under key: String, text: () -> String, latex fragment: () -> String,
        proofs list: [RegionProof], engine: Engine
    ) throws {
        if json {
            var obj = object()
            if var items = obj[key] as? [[String: Any]] {
                for i in items.indices { items[i]["replay"] = replays[i].map(replayObject) ?? NSNull() }
                obj[key] = items
            }
            print(jsonText(obj))
        } else {
            print(text())
        }
        if let path = latex { try ProofWriting.writeText(fragment(), to: path, what: "the LaTeX fragment") }
        try writeProofsIfAsked(list, engine: engine)
    }

    /// An SVG title that fits the picture's width (about 70 characters).
    static func svgTitle(_ claim: String) -> String {
        (claim.count > 48 ? String(claim.prefix(47)) + "…" : claim) + ": where it holds"
    }

    /// The engine, recording every query when proof bundles are asked for.
    func proofEngine() throws -> Engine {
        var e = try engineFlags.engine(progress: nil)
        e.options.recordQueries = proofs != nil
        return e
    }

    func writeProofsIfAsked(_ list: [RegionProof], engine: Engine) throws {
        guard let dir = proofs else { return }
        let n = try writeProofs(list, claimName: claim, convention: engine.options.convention, to: dir)
        let line = "wrote \(n) proof bundle\(n == 1 ? "" : "s") to \(dir) (README.md lists them; `lionk check \(dir)` re-checks them)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func runSweep(
        _ spec: String, claim c: Claim, unknown name: String, range: ParameterDomain, engine: Engine, progress: (@Sendable (String) -> Void)?
    ) throws -> Int32 {
        let (pname, values) = try Self.sweepValues(spec)
        guard let p = c.parameters.first(where: { $0.symbol.name == pname }), pname != name else {
            throw fail("--sweep: '\(pname)' is not another parameter of this claim")
        }
        var rows: [(Rational, SynthesisResult)] = []
        let out = StreamingOutput()
        if !json, let fixed = p.domain.exactValue {
            out.line("\(pname) is \(fixed) in the claim; the sweep replaces it by each value")
        }
        for v in values {
            // A parameter fixed in the claim is replaced by each value (the output says so);
            // an interval domain must contain them.
            guard p.domain.exactValue != nil || p.domain.contains(v) else {
                throw fail("--sweep: \(pname) = \(v) lies outside its domain \(p.domain)")
            }
            let r: SynthesisResult
            do {
                r = try engine.synthesize(
                    c.with(pname, domain: .exactly(v)), unknown: name, range: range, tolerance: exactNumber(tolerance)!, maxVerifications: max,
                    progress: progress.map { f in { @Sendable in f("\(pname) = \(v): \($0)") } })
            } catch {
                throw fail("claim '\(claim)': \(error)", code: Exit.dataError)
            }
            clearProgress()
            try Interrupt.check("during the sweep")
            rows.append((v, r))
            if !json {
                let valid = r.spans
                let undecided = r.regions.filter { $0.kind == .undecided }.count
                out.line(
                    "\(pname) = \(v): " + (valid.isEmpty ? "no value found where it holds" : "holds for " + valid.map { $0.membership(of: name) }.joined(separator: " ∪ "))
                        + (undecided > 0 ? " (\(undecided) undecided gap\(undecided == 1 ? "" : "s"))" : "") + " — \(r.verifications) verifications, \(String(format: "%.2f", r.seconds)) s")
            }
        }
        if let path = svg {
            let step = values.count > 1 ? (values[1] - values[0]).doubleValue : 1
            let span = ((range.upper ?? 1) - (range.lower ?? 0)).doubleValue
            var boxes: [SVG.ParameterBox] = []
            for (v, r) in rows {
                let x = (v.doubleValue - step * 0.4)...(v.doubleValue + step * 0.4)
                for reg in r.regions {
                    // An irrational end is drawn at its approximation (the domain is its bracket's hull).
                    guard let lo = reg.lowerRoot?.approximation ?? reg.domain.lower?.doubleValue,
                        let hi = reg.upperRoot?.approximation ?? reg.domain.upper?.doubleValue
                    else { continue }
                    // A point is drawn as a thin band (1 % of the range) so that it shows.
                    let y = hi - lo < span / 100 ? (lo - span / 200)...(hi + span / 200) : lo...hi
                    let verdict = reg.kind == .holds ? "proved" : reg.kind == .fails ? "refuted" : "unknown"
                    boxes.append(SVG.ParameterBox(x: x, y: y, verdict: verdict))
                }
            }
            // Holds last, on top of the bands of the others.
            boxes.sort { ($0.verdict == "proved" ? 1 : 0) < ($1.verdict == "proved" ? 1 : 0) }
            let text = SVG.parameterMap(boxes, xName: pname, yName: name, title: Self.svgTitle(c.name))
            try ProofWriting.writeText(text, to: path, what: "the SVG")
        }
        if json {
            out.line(jsonText([
                "claim": c.name, "unknown": name, "parameter": pname,
                "sweep": rows.map { v, r in ["value": v.description, "result": Self.json(r)] as [String: Any] },
            ]))
        }
        return rows.contains { $0.1.regions.contains { $0.kind == .undecided } } ? 3 : 0
    }

    static func text(_ r: SynthesisResult, verbose: Bool = false, replays: [Int: ReplayResult] = [:]) -> String {
        var out: [String] = []
        let valid = r.spans
        let head = valid.isEmpty ? "no value found where it holds" : "holds for " + valid.map { $0.membership(of: r.unknown) }.joined(separator: " ∪ ")
        out.append("SYNTHESIS \(r.claim), \(r.unknown) ∈ \(r.range): \(head)")
        out.append("  \(r.verifications) verifications in \(String(format: "%.2f", r.seconds)) s")
        // Runs of adjacent regions of one kind are summarised (first and last shown) unless verbose.
        var shown: [(SynthesisRegion, ReplayResult?)] = []
        var i = 0
        let regs = r.regions
        while i < regs.count {
            var j = i
            // (A region with an irrational end is always shown: a summary line gives rational ends.)
            func plain(_ k: Int) -> Bool { regs[k].lowerRoot == nil && regs[k].upperRoot == nil }
            while j + 1 < regs.count, regs[j + 1].kind == regs[i].kind, regs[j + 1].kind != .undecided, plain(j + 1), plain(j) { j += 1 }
            if verbose || j - i < 3 {
                shown += (i...j).map { (regs[$0], replays[$0]) }
            } else {
                shown.append((regs[i], replays[i]))
                var gap = regs[i]
                gap.kind = regs[i].kind
                gap.certificate = "… \(j - i - 1) more \(regs[i].kind.rawValue) regions, each with its own certificate (--verbose lists them)"
                gap.counterexample = nil
                gap.domain = ParameterDomain(lower: regs[i + 1].domain.lower, lowerClosed: regs[i + 1].domain.lowerClosed, upper: regs[j - 1].domain.upper, upperClosed: regs[j - 1].domain.upperClosed)
                shown.append((gap, nil))
                shown.append((regs[j], replays[j]))
            }
            i = j + 1
        }
        for (reg, replay) in shown {
            let word = reg.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            out.append("  \(word) \(reg.membership(of: r.unknown))")
            out.append("            \(reg.certificate)")
            if let cx = reg.counterexample {
                let vals = cx.values.sorted { $0.key < $1.key }.filter { !Fresh.isFresh($0.key) }.prefix(8).map { "\($0.key) = \($0.value)" }
                out.append("            counterexample (d = \(cx.dimension)): " + vals.joined(separator: ", "))
            }
            if let rp = replay { out.append("            replay on a concrete function: \(rp.status)") }
            if reg.kind == .undecided, reg.lowerRoot == nil, reg.upperRoot == nil, let w = reg.domain.width { out.append("            width \(String(format: "%.3g", w.doubleValue))") }
        }
        return out.joined(separator: "\n")
    }

    /// An interval with exact ends, as in every synthesis JSON.
    static func dom(_ d: ParameterDomain) -> [String: Any] {
        [
            "text": d.description, "lower": d.lower.map { $0.description as Any } ?? NSNull(), "upper": d.upper.map { $0.description as Any } ?? NSNull(),
            "lower_closed": d.lowerClosed, "upper_closed": d.upperClosed,
        ]
    }

    /// An interval whose ends may be irrational roots: `text` says where it is; `lower_root` /
    /// `upper_root`, when present, are its true (closed) ends, `lower` / `upper` then the ends
    /// of the root's isolating bracket.
    static func span(_ s: SynthesisSpan, closedAtRoots: Bool = true) -> [String: Any] {
        var o = dom(s.domain)
        guard s.lowerRoot != nil || s.upperRoot != nil else { return o }
        o["text"] = String(s.membership(of: "x", closedAtRoots: closedAtRoots).dropFirst(4))  // without "x ∈ " / "x = "
        func root(_ q: QuadraticRoot) -> [String: Any] {
            [
                "text": q.description, "polynomial": q.polynomialText("u"), "coefficients": [q.a, q.b, q.c],
                "bracket": [q.lower.description, q.upper.description], "approximation": q.approximation,
            ]
        }
        if let l = s.lowerRoot { o["lower_root"] = root(l) }
        if let u = s.upperRoot { o["upper_root"] = root(u) }
        return o
    }

    /// A certificate's verification (verdict, cases, the claim it decided), or null.
    static func proofObject(_ p: VerificationResult?) -> Any {
        p.map { ["verdict": $0.verdict.name, "cases": $0.cases.count, "claim": $0.claim] as [String: Any] } ?? NSNull()
    }

    /// A counterexample (dimension, exact values, how it was checked), or null.
    static func counterexampleObject(_ cx: Counterexample?) -> Any {
        guard let cx else { return NSNull() }
        var values: [String: String] = [:]
        for (s, v) in cx.values { values[s.description] = v.description }
        return ["dimension": cx.dimension, "values": values, "check": cx.check] as [String: Any]
    }

    static func json(_ r: SynthesisResult) -> [String: Any] {
        return [
            "claim": r.claim, "unknown": r.unknown, "range": dom(r.range), "verifications": r.verifications, "seconds": r.seconds,
            "valid": r.spans.map { span($0) },
            "regions": r.regions.map { reg -> [String: Any] in
                let d = span(SynthesisSpan(domain: reg.domain, lowerRoot: reg.lowerRoot, upperRoot: reg.upperRoot), closedAtRoots: reg.kind == .holds)
                var o: [String: Any] = ["kind": reg.kind.rawValue, "domain": d, "certificate": reg.certificate]
                o["proof"] = proofObject(reg.proof)
                o["counterexample"] = counterexampleObject(reg.counterexample)
                return o
            },
        ]
    }
}
