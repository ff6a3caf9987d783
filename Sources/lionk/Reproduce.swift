import ArgumentParser
import Dynamics
import Foundation
import Symbolic
import Verification

struct Reproduce: CooperativeCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the paper's claims from the catalogue and print one table.",
        discussion: "Exit code 0 when every claim gets its expected verdict, 1 otherwise.")

    @Flag(name: .shortAndLong, help: "Print each claim's time on stderr as it finishes.")
    var verbose = false

    @Flag(help: "Also run the slow entries (claims whose verdict needs a solver timeout: the doubled c of ℓ3 and ℓ3/2).")
    var all = false

    @OptionGroup var engineFlags: EngineFlags

    func run() throws {
        try runMain {
            let options = try engineFlags.options(progress: nil)
            let progress = terminalProgress()
            let engine = Engine(backend: engineFlags.backend, options: options, cancellation: Interrupt.cancellation)
            print("Z3 \(engine.backend.name) — exact rational arithmetic, \(options.jobs) worker\(options.jobs == 1 ? "" : "s")\n")

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
                print(line)
            }
            print("")

            var rows: [[String]] = [["claim", "κ", "subgradient", "dimensions", "verdict", "expected", "cases", "time"]]
            var mismatches = 0
            var spotChecks: [String] = []
            let skipped = all ? [] : Catalogue.entries.filter(\.slow)
            for entry in Catalogue.entries where all || !entry.slow {
                let conventions: [SubgradientConvention] =
                    entry.name == "lionk.lyapunov-discrete" ? [.implementation, .any] : [options.convention]
                for conv in conventions {
                    var e = engine
                    e.options.convention = conv
                    progress?("reproduce: \(entry.name) (\(conv.rawValue)) …")
                    let r = try e.verify(entry.make(.anyDimension))
                    if Interrupt.requested {
                        // Ctrl-C: the claims finished so far, not the one it stopped.
                        clearProgress()
                        if rows.count > 1 { print(table(rows)) }
                        throw Interrupted(detail: "after \(rows.count - 1) claim\(rows.count == 2 ? "" : "s") (the table above); the rest were not run")
                    }
                    if verbose {
                        FileHandle.standardError.write(Data("[\(String(format: "%7.2f", r.seconds)) s] \(entry.name) \(conv.rawValue): \(r.verdict.name)\n".utf8))
                    }
                    let ok = r.verdict == entry.expected
                    if !ok { mismatches += 1 }
                    let scope = r.provedForAllDimensions ? "every d (from d = 1)" : r.dimensionsChecked.map(String.init).joined(separator: ",")
                    rows.append([
                        entry.name, entry.kappa, conv.rawValue, scope, r.verdict.name + (ok ? "" : "  ✗"),
                        entry.expected.name, "\(r.cases.count)", String(format: "%.2f s", r.seconds),
                    ])
                    if r.verdict == .unknown, let check = entry.spotCheck {
                        spotChecks.append("\(entry.name): \(check())")
                    }
                }
            }
            clearProgress()
            print(table(rows))
            if !spotChecks.isEmpty {
                print("\nnumeric spot checks beside unknown verdicts (Double, random points; evidence, never a proof):")
                for line in spotChecks { print("  \(line)") }
            }
            print("")
            print(
                mismatches == 0
                    ? Terminal.paint("all \(rows.count - 1) claims got their expected verdict", .green)
                    : Terminal.paint("\(mismatches) claim(s) did NOT get the expected verdict", .red))
            if !skipped.isEmpty {
                let kappas = Set(skipped.map(\.kappa)).sorted().joined(separator: ", ")
                print("\(skipped.count) slow entries skipped (each needs a solver timeout; κ: \(kappas)); `lionk reproduce --all` runs them")
            }
            return mismatches == 0 ? 0 : 1
        }
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
