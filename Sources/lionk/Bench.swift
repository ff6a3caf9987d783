import ArgumentParser
import Dynamics
import Foundation
import Verification

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time lionk against the naive z3py baseline on the same claims, in one run.",
        usage: "lionk bench [<options>]",
        discussion: """
            The baseline is bench/naive_z3py.py (in this repository): the same claims
            written in z3py as one formula per dimension, without lionk's reductions.
            `make bench` makes bench/.venv with z3-solver 4.8.12.0 (the Z3 lionk links)
            and runs this with it; without z3 for Python the baseline column says so.
            Prints a Markdown table.
            """)

    @Option(help: "Path to the baseline script.")
    var naive: String = "bench/naive_z3py.py"

    @Option(help: "Python interpreter for the baseline (default: bench/.venv/bin/python when it exists, else python3).")
    var python: String = FileManager.default.isExecutableFile(atPath: "bench/.venv/bin/python") ? "bench/.venv/bin/python" : "python3"

    @Option(parsing: .unconditional, help: "Timeout for each baseline run, in seconds (at most 1e9).")
    var naiveTimeout = Seconds(120)

    @Option(parsing: .unconditional, help: "Repetitions of each lionk measurement (1 to 1000; the median is shown).")
    var repetitions: Int = 3

    func validate() throws {
        try naiveTimeout.validate("--naive-timeout")
        guard naiveTimeout.limit != nil else { throw ValidationError("--naive-timeout must be a finite number of seconds") }
        try checkRange(repetitions, in: 1...1000, "--repetitions")
    }

    @OptionGroup var engineFlags: EngineFlags

    struct Row {
        var claim: String
        var naiveArgs: [String]
        var lionk: () -> Claim
        var lionkScope: String
    }

    @Flag(help: "Print one JSON object on stdout (the machine, and one row per claim) instead of the table.")
    var json = false

    func run() throws {
        try runMain {
            let options = try engineFlags.options(progress: nil)
            let engine = Engine(backend: engineFlags.backend, options: options)
            let rows: [Row] = [
                Row(claim: "box invariant (§3), ε λ β free", naiveArgs: ["box-invariant", "1"], lionk: { LionClaims.boxInvariant() }, lionkScope: "every d"),
                Row(claim: "box invariant (§3), ε λ β free", naiveArgs: ["box-invariant", "16"], lionk: { LionClaims.boxInvariant() }, lionkScope: "every d"),
                Row(claim: "Thm 4.1 (§5), ℓ1, defaults", naiveArgs: ["lyapunov", "3", "--fixed"],
                    lionk: { LionClaims.lyapunovDiscrete(fixedDefaults: true, dimensions: .fixed([3])) }, lionkScope: "d = 3"),
                Row(claim: "Thm 4.1 (§5), ℓ1, defaults", naiveArgs: ["lyapunov", "3", "--fixed"],
                    lionk: { LionClaims.lyapunovDiscrete(fixedDefaults: true) }, lionkScope: "every d"),
                Row(claim: "Thm 4.1 (§5), ℓ1, all parameters free", naiveArgs: ["lyapunov", "1"], lionk: { LionClaims.lyapunovDiscrete() }, lionkScope: "every d"),
                Row(claim: "Thm 4.1 (§5), ℓ1, all parameters free", naiveArgs: ["lyapunov", "2"], lionk: { LionClaims.lyapunovDiscrete() }, lionkScope: "every d"),
            ]
            var results: [[String: Any]] = []
            if !json {
                print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; lionk \(LionkVersion.number) with \(engine.backend.name), \(options.jobs) jobs; baseline: \(naive) (timeout \(naiveTimeout.text) s)\n")
                print("| claim | naive z3py (dim) | naive verdict | naive time | lionk scope | lionk verdict | cases | reductions | lionk time (median of \(repetitions)) |")
                print("|---|---|---|---|---|---|---|---|---|")
            }
            for row in rows {
                let base = runBaseline(row.naiveArgs)
                var times: [Double] = []
                var last: VerificationResult?
                for _ in 0..<repetitions {
                    let r = try engine.verify(row.lionk())
                    times.append(r.seconds)
                    last = r
                }
                guard let r = last else { continue }
                let median = times.sorted()[times.count / 2]
                let reductions = Set(r.reductions.map(\.name)).sorted().joined(separator: ", ")
                if json {
                    results.append([
                        "claim": row.claim, "naive_dimension": row.naiveArgs[1], "naive_verdict": base.verdict, "naive_time": base.time,
                        "lionk_scope": row.lionkScope, "lionk_verdict": r.verdict.name, "cases": r.cases.count,
                        "reductions": Set(r.reductions.map(\.name)).sorted(), "lionk_seconds_median": median, "repetitions": repetitions,
                    ])
                    continue
                }
                print("| \(row.claim) | d = \(row.naiveArgs[1]) | \(base.verdict) | \(base.time) | \(row.lionkScope) | \(r.verdict.name) | \(r.cases.count) | \(reductions) | \(String(format: "%.3f s", median)) |")
                FileHandle.standardOutput.synchronizeFile()
            }
            if json {
                print(jsonText([
                    "cores": ProcessInfo.processInfo.activeProcessorCount, "lionk": LionkVersion.number, "solver": engine.backend.name,
                    "jobs": options.jobs, "baseline": naive, "rows": results,
                ]))
            }
            return 0
        }
    }

    func runBaseline(_ args: [String]) -> (verdict: String, time: String) {
        guard FileManager.default.fileExists(atPath: naive) else { return ("not run: \(naive) missing", "–") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [python, naive] + args + ["--timeout", String(naiveTimeout.limit ?? 120)]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        let start = Date()
        do { try p.run() } catch { return ("not run: \(error.localizedDescription)", "–") }
        // A baseline that does not end within its timeout and a grace is killed.
        let limit = (naiveTimeout.limit ?? 120) + 30
        let pid = p.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        killer.cancel()
        if p.terminationReason == .uncaughtSignal {
            return ("timeout (killed after \(Int(limit)) s)", String(format: "%.1f s", Date().timeIntervalSince(start)))
        }
        let wall = Date().timeIntervalSince(start)
        guard p.terminationStatus == 0,
            let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let verdict = obj["verdict"] as? String, let secs = obj["seconds"] as? Double
        else { return ("not run (is z3-solver installed?)", "–") }
        let shown = verdict == "unknown" && secs >= (naiveTimeout.limit ?? 120) * 0.95 ? "timeout" : verdict
        return (shown, String(format: "%.3f s (process %.1f s)", secs, wall))
    }
}
