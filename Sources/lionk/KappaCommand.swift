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

    func run() {
        let width = Kappa.catalogue.map(\.name.count).max() ?? 0
        for k in Kappa.catalogue {
            let tags = [k.separable ? "separable" : "couples coordinates", k.transcendental ? "transcendental" : nil].compactMap { $0 }
            print("\(k.name.padding(toLength: width, withPad: " ", startingAt: 0))  K = \(k.title)  [\(tags.joined(separator: ", "))]")
            print("\(String(repeating: " ", count: width))  Lion-κ solves: \(k.problem)")
        }
    }
}

struct KappaCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the κ checks: convexity, subgradient, Fenchel–Young (inequality and equality at ∇K), ∇K ∈ dom K*.",
        discussion: """
            SPEC is a catalogue name (see `lionk kappa list`), or give K yourself with --K as an
            expression of the vector x; ∇K is derived symbolically unless --grad is given; the
            conjugate checks need --conjugate (an expression of the vector y) and --domain
            (its domain, a condition on y). Exit code 0 when every check is proved, 1 when one
            is refuted, 3 otherwise.

            Examples:
              lionk kappa check huber
              lionk kappa check --K "sum(abs(x)) + 1/2*dot(x, x)"
              lionk kappa check --K "1/2*dot(x, x)" --conjugate "1/2*dot(y, y)" --dim 1
              lionk kappa check --K=-norm1(x)       (a value starting with '-' needs --K=)
            """)

    @Argument(help: "A catalogue κ name.")
    var spec: String?

    @Option(name: .customLong("K"), help: "User-defined K: an expression of the vector x.")
    var k: String?

    @Option(help: "User-defined ∇K (vector expression of x); derived when omitted.")
    var grad: String?

    @Option(help: "User-defined K*: an expression of the vector y.")
    var conjugate: String?

    @Option(help: "Domain of K* as a condition on y (default: all y).")
    var domain: String?

    @Option(help: "Dimension: 'any' (default) or an integer.")
    var dim: String = "any"

    @OptionGroup var engineFlags: EngineFlags

    func run() throws {
        try runMain {
            let kappa: Kappa
            switch (spec, k) {
            case (let name?, nil):
                guard let found = Kappa.named(name) else {
                    throw fail("unknown κ '\(name)' (known: \(Kappa.catalogue.map(\.name).joined(separator: ", ")))")
                }
                kappa = found
            case (nil, let text?):
                kappa = try userKappa(text)
            default:
                throw fail("give a catalogue κ name or --K, not both")
            }
            let scope = try parseDimensions(dim)
            let engine = Engine(backend: Z3Backend(), options: try engineFlags.options(progress: terminalProgress()))
            print("κ = \(kappa.name): K = \(kappa.title)")
            print("Lion-κ minimises f(x) + (1/λ)K*(λx): \(kappa.problem)\n")
            var rows = [["check", "verdict", "cases", "time", "note"]]
            var worst: Int32 = 0
            for (suffix, make) in KappaChecks.all {
                if conjugate == nil, k != nil, suffix.hasPrefix("fenchel") || suffix == "gradient-in-domain" {
                    rows.append([suffix, "skipped", "", "", "needs --conjugate"])
                    continue
                }
                let r = try engine.verify(make(kappa, scope))
                clearProgress()
                var note = r.openCases.first ?? ""
                if let cx = r.counterexample {
                    note = cx.values.sorted { $0.key < $1.key }.prefix(4).map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
                }
                rows.append([suffix, r.verdict.name, "\(r.cases.count)", String(format: "%.2f s", r.seconds), String(note.prefix(70))])
                let code = Exit.code(for: r.verdict)
                worst = code == 1 ? 1 : (worst == 1 ? 1 : max(worst, code))
            }
            print(table(rows))
            return worst
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
