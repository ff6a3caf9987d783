import ArgumentParser
import Foundation
import Solver
import Verification

@main
struct Lionk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lionk",
        abstract: "Check the mathematics of the Lion optimizer family with exact SMT queries.",
        discussion: """
            Examples:
              lionk reproduce                          the paper's claims as one table
              lionk verify lion.box-invariant          Phase-1 box invariance, every d
              lionk verify lionk.lyapunov-discrete --subgradient any
              lionk verify lionk.lyapunov-discrete.doubled-c --json
              lionk verify examples/lyapunov-l1.toml   a claim file
              lionk map lionk.lyapunov-discrete.beta-order --x beta1=0:1 --y beta2=0:1
              lionk list                               the claim catalogue
            """,
        version: LionkVersion.line,
        subcommands: [
            Verify.self, SimulateCommand.self, ReplayCommand.self, MapCommand.self, Merge.self, KappaCommand.self, Reproduce.self, List.self,
            Export.self, Check.self, Synthesize.self, Bench.self, FuzzCommand.self,
        ]
    )

    /// Parses, installs the Ctrl-C handler, runs. Every usage error — an unknown option, a
    /// value that is not a number, a failed `validate()` — is one line `lionk: error: …` with
    /// exit code 64 (help and --version print as usual).
    static func main() {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            let text = oneLine(message(for: error))
            let line = text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text
            FileHandle.standardError.write(Data("lionk: error: \(line)\n".utf8))
            exit(withError: ExitCode(Exit.usage))
        }
        Interrupt.install(cooperative: command is any CooperativeCommand)
        do {
            var c = command
            try c.run()
        } catch {
            exit(withError: error)
        }
    }
}

/// The first line of a usage message, with a list of allowed values that the argument parser
/// prints one per line ("Please provide one of the following:\n  - l1\n  - l2…") folded into it.
func oneLine(_ message: String) -> String {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard var first = lines.first, !first.isEmpty else { return "invalid command line" }
    if first.hasSuffix("Please provide one of the following:") {
        let values = lines.dropFirst().prefix { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
        first = String(first.dropLast("the following:".count)) + values.joined(separator: ", ")
    }
    return first
}

/// A command that handles Ctrl-C itself (see `Interrupt`): it builds its engines with
/// `Interrupt.cancellation` and checks `Interrupt.check()` after each verification.
protocol CooperativeCommand: ParsableCommand {}

enum LionkVersion {
    static let number = "0.1.0"
    static var line: String { "lionk \(number) (Z3 \(Z3Library.version))" }
}

/// Exit codes of the contract: 0 proved/found, 1 refuted/no witness, 3 unknown,
/// 4 proved only in a restricted scope (the checked dimensions, a bounded domain),
/// 5 no witness only in a restricted scope, 64 usage error, 65 bad input data, 130 interrupted.
enum Exit {
    static func code(for v: Verdict) -> Int32 {
        switch v {
        case .proved, .found: return 0
        case .refuted, .noWitness: return 1
        case .unknown: return 3
        case .provedInScope: return 4
        case .noWitnessInScope: return 5
        }
    }
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
}

/// A one-line error on stderr with a distinct exit code.
struct Failure: Error, CustomStringConvertible {
    let message: String
    let code: Int32
    var description: String { message }
}

func fail(_ message: String, code: Int32 = Exit.usage) -> Failure { Failure(message: message, code: code) }

func runMain(_ body: () throws -> Int32) throws {
    do {
        let code = try body()
        try Interrupt.check()
        if code != 0 { throw ExitCode(code) }
    } catch let i as Interrupted {
        Interrupt.exitNow(note: "interrupted" + (i.detail.isEmpty ? "" : " " + i.detail))
    } catch let f as Failure {
        if Interrupt.requested { Interrupt.exitNow(note: "interrupted") }
        FileHandle.standardError.write(Data("lionk: error: \(f.message)\n".utf8))
        throw ExitCode(f.code)
    }
}
