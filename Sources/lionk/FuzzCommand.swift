import ArgumentParser
import Foundation
import Fuzz

/// `lionk fuzz`: the differential fuzzer (docs/reliability.md).
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Check random small claims against an independent encoding and exact evaluation.",
        usage: "lionk fuzz [<options>]",
        discussion: """
            Each generated claim is decided by lionk (claim-file text → ClaimFile →
            Engine), by a direct SMT-LIB2 encoding at each fixed small d (no
            reductions, explicit definedness) and by exact evaluation at random
            points. Two decided answers that differ are a disagreement; failures are
            shrunk and written to --out. Progress on stderr; the last line on stdout
            is the summary. Exit 0 only with no disagreement and no crash, 1
            otherwise, 64 on a usage error.

            Examples:
              lionk fuzz --count 1000 --seed 1
              lionk fuzz --count 10000 --seed 7 --jobs 2 --out /tmp/fuzz
              lionk fuzz --seed 1 --start 883 --count 1 --verbose
              lionk fuzz --replay Tests/FuzzTests/Regressions/*.toml
            """)

    @Option(help: "Number of claims.")
    var count: Int = 1000

    @Option(help: "Seed of the generator (the same seed gives the same claims).")
    var seed: UInt64 = 1

    @Option(help: "Index of the first claim (to rerun one claim of a seed: --start 42 --count 1).")
    var start: Int = 0

    @Option(help: "Folder for the shrunk failing claims.")
    var out: String = "Tests/FuzzTests/Regressions"

    @Option(help: "Worker threads (claims checked at once).")
    var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    @Option(help: "Per-query timeout in seconds (lionk's and the direct encoding's); a timeout is unknown.")
    var timeout: Double = 2

    @Option(help: "Shrunk failures saved per cause.")
    var savePerCause: Int = 2

    @Flag(help: "One line per claim on stderr: both sides' answers and the time.")
    var verbose = false

    @Flag(help: "Print the campaign's summary as one JSON object on stdout (the details stay on stderr).")
    var json = false

    @Option(parsing: .upToNextOption, help: "Replay saved regression files (their # fuzz-claim line) instead of generating claims.")
    var replay: [String] = []

    func run() throws {
        try runMain {
            if !replay.isEmpty { return try replayFiles() }
            guard count >= 1 else { throw fail("--count must be at least 1") }
            guard jobs >= 1 else { throw fail("--jobs must be at least 1") }
            guard timeout > 0, timeout <= 3600 else { throw fail("--timeout must be a number of seconds in (0, 3600]") }
            guard savePerCause >= 0 else { throw fail("--save-per-cause must not be negative") }
            var campaign = Campaign(count: count, seed: seed, jobs: jobs, settings: CheckSettings(timeout: timeout), outDir: out)
            campaign.savedPerCause = savePerCause
            campaign.verbose = verbose
            guard start >= 0 else { throw fail("--start must not be negative") }
            campaign.start = start
            campaign.progress = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            let s = campaign.run()
            let err = FileHandle.standardError
            let verdicts = s.verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            err.write(Data("fuzz: lionk's verdicts: \(verdicts); \(s.rejected) claims rejected by the reader\n".utf8))
            for r in s.rejections { err.write(Data("fuzz: rejected: \(r)\n".utf8)) }
            for (cause, n) in s.byCause.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                err.write(Data("fuzz: \(cause.rawValue): \(n) claims\n".utf8))
            }
            for (group, n) in s.byGroup.sorted(by: { $0.key < $1.key }) {
                err.write(Data("fuzz: probable fault class \(group): \(n) claims\n".utf8))
            }
            for item in s.shrunk {
                err.write(Data("fuzz: \(item.file ?? "(not saved)") [\(KnownFaults.group(item.report))]: \(item.report.findings.first?.description ?? "")\n".utf8))
            }
            if json {
                print(jsonText([
                    "claims": s.claims, "decided_by_both": s.decidedByBoth, "disagreements": s.disagreements, "crashes": s.crashes,
                    "rejected": s.rejected, "seconds": s.seconds, "seed": NSNumber(value: seed), "verdicts": s.verdicts,
                    "by_cause": Dictionary(uniqueKeysWithValues: s.byCause.map { ($0.key.rawValue, $0.value) }),
                    "saved": s.shrunk.compactMap(\.file),
                ]))
            } else {
                print(s.line)
            }
            return s.disagreements == 0 && s.crashes == 0 ? 0 : 1
        }
    }

    /// Checks each regression file again; exit 0 when every one agrees.
    func replayFiles() throws -> Int32 {
        var failing = 0
        var decided = 0
        let start = ContinuousClock.now
        for file in replay {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw fail("cannot read '\(file)'", code: Exit.dataError)
            }
            guard let c = Regression.claim(fromFile: text) else {
                throw fail("\(file): no '# fuzz-claim:' line (not a fuzzer regression file)", code: Exit.dataError)
            }
            let r = Fuzzer.check(c, settings: CheckSettings(timeout: timeout), sampleSeed: 1)
            if r.decidedByBoth { decided += 1 }
            if !r.findings.isEmpty { failing += 1 }
            let status = r.findings.isEmpty ? "agrees" : r.findings.map(\.description).joined(separator: "; ")
            print("\(file): lionk \(r.lionk.summary): \(status)")
        }
        let elapsed = ContinuousClock.now - start
        print("fuzz: \(replay.count) claims, \(decided) decided by both, \(failing) disagreements, 0 crashes, \(elapsed.components.seconds) s")
        return failing == 0 ? 0 : 1
    }
}
