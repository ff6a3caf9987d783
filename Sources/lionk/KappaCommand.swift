import ArgumentParser
import Dynamics
import Foundation
import Symbolic
import Verification

struct KappaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kappa",
        abstract: "The κ catalogue, and the κ checks for a catalogue or user-defined κ.",
        subcommands: [KappaList.self, KappaCheck.self])
}

struct KappaList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the κ catalogue and the problem each κ induces.")

    @Flag(help: "Print one JSON object on stdout: {\"kappas\": [{name, expression, problem, separable, transcendental}]}.")
    var json = false

    func run() {
        if json {
            print(jsonText(["kappas": Kappa.catalogue.map { k -> [String: Any] in
                ["name": k.name, "expression": k.title, "problem": k.problem, "separable": k.separable, "transcendental": k.transcendental]
            }]))
            return
        }
        let width = Kappa.catalogue.map(\.name.count).max() ?? 0
        for k in Kappa.catalogue {
            let tags = [k.separable ? "separable" : "couples coordinates", k.transcendental ? "transcendental" : nil].compactMap { $0 }
            print("\(k.name.padding(toLength: width, withPad: " ", startingAt: 0))  K = \(k.title)  [\(tags.joined(separator: ", "))]")
            print("\(String(repeating: " ", count: width))  Lion-κ solves: \(k.problem)")
        }
    }
}

struct KappaCheck: CooperativeCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the κ checks: convexity, subgradient, Fenchel–Young (inequality and equality at ∇K), ∇K ∈ dom K*.",
        discussion: """
            SPEC is a catalogue name (see `lionk kappa list`), or give K yourself with --K
            as an expression of the vector x; ∇K is derived symbolically unless --grad is
            given; the conjugate checks need --conjugate (an expression of the vector y)
            and --domain (its domain, a condition on y).

            Each check states what it covers. Convexity is asked for every a, b first;
            only when that is not decided is it asked on the box ‖a‖∞, ‖b‖∞ ≤ 4, and a
            proof there is "proved on ‖a‖∞, ‖b‖∞ ≤ 4 only". A κ that couples coordinates
            is checked at d = 1, 2 (`--dim` asks others); a proof is then "proved at
            d = 1, 2 only". One line per check on stderr as it runs.

            Exit codes: 0 every check proved for every d and every point, 1 one is
            refuted, 3 one is unknown (none refuted), 4 every check proved but some only
            in a restricted scope (dimensions or box), 64 usage error, 65 bad input,
            130 Ctrl-C.

            Examples:
              lionk kappa check huber
              lionk kappa check --K "sum(abs(x)) + 1/2*dot(x, x)"
              lionk kappa check --K "1/2*dot(x, x)" --conjugate "1/2*dot(y, y)" --dim 1
              lionk kappa check --K=-norm1(x)       (a value starting with '-' needs --K=)
              lionk kappa check l2 --json
            """)

    @Argument(help: ArgumentHelp("A κ of the library: a catalogue name, lp:P or huber:DELTA.", valueName: "kappa"))
    var spec: KappaID?

    @Option(name: .customLong("K"), help: "User-defined K: an expression of the vector x.")
    var k: String?

    @Option(help: "User-defined ∇K (vector expression of x); derived when omitted.")
    var grad: String?

    @Option(help: "User-defined K*: an expression of the vector y.")
    var conjugate: String?

    @Option(help: "Domain of K* as a condition on y (default: all y).")
    var domain: String?

    @Option(help: "Dimension: 'any' (default: every d for a separable κ, else d = 1, 2), an integer, or a comma-separated list.")
    var dim: String = "any"

    @Flag(help: "Print exactly one JSON object on stdout.")
    var json = false

    @OptionGroup var engineFlags: EngineFlags

    /// Exit code of "proved, but only in a restricted scope" (the lead's `Exit` contract: 4).
    static let restrictedScope: Int32 = 4

    /// One check's outcome and what it covers.
    struct Row: Encodable {
        var check: String
        /// proved, refuted, unknown, skipped.
        var verdict: String
        /// The verdict as printed: "proved on ‖a‖∞, ‖b‖∞ ≤ 4 only", "proved at d = 1, 2 only", …
        var verdictText: String
        /// "every d" or the dimensions checked, e.g. "d = 1, 2".
        var dimensions: String
        /// The points covered: "every point" or the box.
        var domain: String
        /// True when proved, but only at the dimensions or on the domain stated.
        var restricted: Bool
        var cases: Int
        var seconds: Double
        var note: String
    }

    /// The JSON shape (snake_case keys, docs/json.md).
    struct Output: Encodable {
        var kappa: String
        /// K as a formula.
        var expression: String
        var checks: [Row]
        var exitCode: Int32
    }

    func run() throws {
        try runMain {
            let kappa: Kappa
            switch (spec, k) {
            case (let id?, nil):
                kappa = id.kappa
            case (nil, let text?):
                kappa = try userKappa(text)
            default:
                throw fail("give a catalogue κ name or --K, not both")
            }
            var scope = try parseDimensions(dim)
            // A κ that couples coordinates is not decided from d = 1; d = 3 does not finish for
            // ℓ2 (minutes), so `any` means d = 1, 2 for it, as in the catalogue.
            if case .any = scope, !kappa.separable { scope = .any(fallback: [1, 2]) }
            let engine = try engineFlags.engine(progress: json ? nil : terminalProgress())
            // A user κ is named by its expression, not by "user".
            let kappaName = kappa.name == "user" ? "K(x) = \(kappa.K(.vector("x")))" : kappa.name
            if !json {
                print(kappa.name == "user" ? "κ given by \(kappaName)" : "κ = \(kappa.name): K = \(kappa.title)")
                print("Lion-κ minimises f(x) + (1/λ)K*(λx): \(kappa.problem)\n")
            }
            var rows: [Row] = []
            let box = "‖a‖∞, ‖b‖∞ ≤ \(kappa.convexityBox)"
            func finish() -> Int32 {
                let code = Self.exitCode(rows)
                if json {
                    let enc = JSONEncoder()
                    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    enc.keyEncodingStrategy = .convertToSnakeCase
                    let out = Output(kappa: kappaName, expression: kappa.name == "user" ? "\(kappa.K(.vector("x")))" : kappa.title, checks: rows, exitCode: code)
                    print(String(decoding: (try? enc.encode(out)) ?? Data("{}".utf8), as: UTF8.self))
                } else {
                    let table0 = [["check", "verdict", "dimensions", "cases", "time", "note"]]
                    print(table(table0 + rows.map { [$0.check, $0.verdictText, $0.dimensions, $0.cases == 0 ? "" : "\($0.cases)", $0.verdict == "skipped" ? "" : String(format: "%.2f s", $0.seconds), String($0.note.prefix(70))] }))
                }
                return code
            }
            for (suffix, make) in KappaChecks.all {
                if conjugate == nil, k != nil, suffix.hasPrefix("fenchel") || suffix == "gradient-in-domain" {
                    rows.append(Row(check: suffix, verdict: "skipped", verdictText: "skipped", dimensions: "", domain: "", restricted: false, cases: 0, seconds: 0, note: "needs --conjugate"))
                    continue
                }
                var claims = [(make(kappa, scope), "every point")]
                if suffix == "convexity" {
                    // Every a, b first; the box only when that is not decided.
                    claims = [(KappaChecks.convexity(kappa, onBox: false, dimensions: scope), "every point"), (make(kappa, scope), box)]
                }
                var row: Row?
                var unboxed: String?
                var seconds = 0.0
                for (claim, domain) in claims {
                    progressLine("\(suffix)\(domain == box ? " on \(box)" : "") at \(scopeText(scope, kappa)) …")
                    let r: VerificationResult
                    // Every a, b is a first try: at most 10 s a query and 30 s in all.
                    var e = engine
                    if domain == "every point" && suffix == "convexity" {
                        e.options.queryTimeout = min(engine.options.queryTimeout ?? 10, 10)
                        e.options.budget = min(engine.options.budget ?? 30, 30)
                    }
                    do { r = try e.verify(claim) } catch { throw fail("κ check \(suffix): \(error)", code: Exit.dataError) }
                    clearProgress()
                    if Interrupt.requested {
                        if !rows.isEmpty && !json { _ = finish() }
                        throw Interrupted(detail: "during the \(suffix) check; the checks above are finished")
                    }
                    let dims = r.provedForAllDimensions ? "every d" : "d = " + r.dimensionsChecked.map(String.init).joined(separator: ", ")
                    let restricted = r.verdict.isProof && (!r.provedForAllDimensions || domain != "every point")
                    var note = r.openCases.first ?? ""
                    if let cx = r.counterexample {
                        note = cx.values.sorted { $0.key < $1.key }.prefix(4).map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
                    }
                    seconds += r.seconds
                    if let u = unboxed { note = "for every a, b: \(u)" + (note.isEmpty ? "" : "; \(note)") }
                    var text = r.verdict.name
                    if restricted {
                        var only: [String] = []
                        if !r.provedForAllDimensions { only.append("at \(dims)") }
                        if domain != "every point" { only.append("on \(domain)") }
                        text = "proved " + only.joined(separator: ", ") + " only"
                    }
                    row = Row(check: suffix, verdict: r.verdict == .provedInScope ? "proved" : r.verdict.name, verdictText: text, dimensions: dims, domain: domain, restricted: restricted, cases: r.cases.count, seconds: seconds, note: note)
                    progressLine("\(suffix): \(text) (\(String(format: "%.2f", seconds)) s)", done: true)
                    if r.verdict != .unknown || domain == box { break }
                    unboxed = "unknown"
                }
                if let row { rows.append(row) }
            }
            return finish()
        }
    }

    /// 1 when a check is refuted, else 3 when one is unknown, else 4 when one is proved only
    /// in a restricted scope, else 0.
    static func exitCode(_ rows: [Row]) -> Int32 {
        if rows.contains(where: { $0.verdict == "refuted" }) { return 1 }
        if rows.contains(where: { $0.verdict == "unknown" }) { return 3 }
        if rows.contains(where: { $0.restricted }) { return restrictedScope }
        return 0
    }

    func scopeText(_ scope: DimensionScope, _ k: Kappa) -> String {
        switch scope {
        case .fixed(let ds): return "d = " + ds.map(String.init).joined(separator: ", ")
        case .any(let fallback): return k.separable ? "every d (from d = 1 when it separates)" : "d = " + fallback.map(String.init).joined(separator: ", ")
        }
    }

    /// One line per check on stderr: on a terminal the start too (overwritten), elsewhere
    /// only each finished check.
    func progressLine(_ text: String, done: Bool = false) {
        if isatty(2) != 0 {
            FileHandle.standardError.write(Data("\r\u{1B}[Kkappa check: \(text)\(done ? "\n" : "")".utf8))
        } else if done {
            FileHandle.standardError.write(Data("kappa check: \(text)\n".utf8))
        }
    }

    func userKappa(_ text: String) throws -> Kappa {
        do {
            return try Kappa.parse(K: text, variable: "x", gradient: grad, conjugate: conjugate, conjugateVariable: "y", domain: domain)
        } catch {
            let flag = "--\(error.piece)"
            if let p = error.parseError { throw fail("\(flag): \(p)", code: Exit.dataError) }
            throw fail(error.message, code: Exit.dataError)
        }
    }
}
