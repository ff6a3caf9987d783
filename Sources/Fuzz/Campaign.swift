import Verification
import Foundation
import Synchronization

/// A fuzzing run: N generated claims checked on J worker threads, failures shrunk and saved.
public struct Campaign {
    public var count: Int
    public var seed: UInt64
    public var jobs: Int
    public var settings: CheckSettings
    /// Where shrunk failures are written (nil: not saved).
    public var outDir: String?
    /// Failures shrunk and saved per cause (the rest are counted).
    public var savedPerCause: Int = 2
    public var shrinkAttempts: Int = 120
    /// Progress lines (stderr in the CLI).
    public var progress: (@Sendable (String) -> Void)?
    /// One line per claim (verdicts of both sides, time) through `progress`.
    public var verbose = false
    /// The index of the first claim (claims start…start+count−1 of the seed).
    public var start = 0

    public init(count: Int, seed: UInt64, jobs: Int, settings: CheckSettings, outDir: String?) {
        self.count = count
        self.seed = seed
        self.jobs = jobs
        self.settings = settings
        self.outDir = outDir
    }

    public struct Summary: Sendable {
        public var claims = 0
        public var decidedByBoth = 0
        public var disagreements = 0
        public var crashes = 0
        public var rejected = 0
        public var seconds = 0.0
        public var byCause: [Cause: Int] = [:]
        /// Failing claims by probable fault class (`KnownFaults.group`).
        public var byGroup: [String: Int] = [:]
        /// lionk's verdicts by name.
        public var verdicts: [String: Int] = [:]
        /// The failing reports, by claim index (unshrunk).
        public var failures: [(index: Int, report: ClaimReport)] = []
        /// The shrunk failures that were saved or kept: (cause, index, shrunk report, file).
        public var shrunk: [(cause: Cause, index: Int, report: ClaimReport, file: String?)] = []
        /// Messages of the reader's rejections (first few).
        public var rejections: [String] = []

        public var line: String {
            "fuzz: \(claims) claims, \(decidedByBoth) decided by both, \(disagreements) disagreements, \(crashes) crashes, \(String(format: "%.1f", seconds)) s"
        }
    }

    public static func claim(seed: UInt64, index: Int) -> FClaim {
        var g = Generator(seed: seed, index: index)
        return g.claim(name: "fuzz \(seed)/\(index)")
    }

    static func sampleSeed(_ seed: UInt64, _ index: Int) -> UInt64 { seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index) }

    /// Runs `body(i)` for i in 0..<n on `jobs` threads.
    static func parallel(_ n: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, n)) {
            group.enter()
            let t = Thread {
                while true {
                    let i = next.withLock { v -> Int in
                        defer { v += 1 }
                        return v
                    }
                    if i >= n { break }
                    body(i)
                }
                group.leave()
            }
            t.stackSize = 64 << 20
            t.start()
        }
        group.wait()
    }

    public func run() -> Summary {
        let start = ContinuousClock.now
        let state = Mutex(Summary())
        let settings = self.settings, seed = self.seed, progress = self.progress, count = self.count, verbose = self.verbose
        let first = self.start
        Self.parallel(count, jobs: jobs) { k in
            let i = first + k
            let c = Self.claim(seed: seed, index: i)
            let r = Fuzzer.check(c, settings: settings, sampleSeed: Self.sampleSeed(seed, i))
            if verbose {
                var text = "fuzz: claim \(i): \(String(format: "%.2f", r.seconds)) s: lionk \(r.lionk.summary); direct \(Fuzzer.describe(r.direct))"
                for f in r.findings { text += "\n  " + f.description }
                if !r.findings.isEmpty || r.isRejected {
                    let flags = Render.flags(c.options)
                    text += "\n" + Render.toml(c, header: flags.isEmpty ? [] : ["flags: " + flags])
                }
                progress?(text)
            }
            let line: String? = state.withLock { s in
                s.claims += 1
                if r.decidedByBoth { s.decidedByBoth += 1 }
                if r.isDisagreement { s.disagreements += 1 }
                if r.isCrash { s.crashes += 1 }
                if r.isRejected {
                    s.rejected += 1
                    if s.rejections.count < 5, case .rejected(let e) = r.lionk.outcome { s.rejections.append(e) }
                }
                s.verdicts[r.lionk.verdict?.name ?? (r.isRejected ? "rejected" : "threw"), default: 0] += 1
                for cause in Set(r.findings.map(\.cause)) { s.byCause[cause, default: 0] += 1 }
                if !r.findings.isEmpty { s.byGroup[KnownFaults.group(r), default: 0] += 1 }
                if !r.findings.isEmpty { s.failures.append((i, r)) }
                let failed = !r.findings.isEmpty
                if failed || s.claims % 50 == 0 || s.claims == count {
                    return "fuzz: \(s.claims)/\(count) claims, \(s.disagreements) disagreements, \(s.crashes) crashes"
                        + (failed ? " — claim \(i): \(r.findings.map(\.cause.rawValue).joined(separator: ", "))" : "")
                }
                return nil
            }
            if let line { progress?(line) }
        }
        var summary = state.withLock { $0 }
        summary.failures.sort { $0.index < $1.index }
        summary.shrunk = shrinkAndSave(summary.failures)
        let elapsed = ContinuousClock.now - start
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return summary
    }

    /// Shrinks the first `savedPerCause` failures of each cause and writes them to `outDir`.
    func shrinkAndSave(_ failures: [(index: Int, report: ClaimReport)]) -> [(cause: Cause, index: Int, report: ClaimReport, file: String?)] {
        // Per symptom (cause) and probable fault class (KnownFaults), so that one frequent
        // fault does not hide the others.
        var picked: [(Cause, Int, ClaimReport)] = []
        var perGroup: [String: Int] = [:]
        for (i, r) in failures {
            guard let cause = r.findings.first?.cause else { continue }
            let key = cause.rawValue + "/" + KnownFaults.group(r)
            guard perGroup[key, default: 0] < savedPerCause else { continue }
            perGroup[key, default: 0] += 1
            picked.append((cause, i, r))
        }
        let results = Mutex<[(cause: Cause, index: Int, report: ClaimReport, file: String?)]>([])
        let shrinker = Shrinker(settings: settings, maxAttempts: shrinkAttempts)
        let seed = self.seed, outDir = self.outDir, progress = self.progress
        let items = picked
        Self.parallel(items.count, jobs: jobs) { k in
            let (cause, i, r) = items[k]
            progress?("fuzz: shrinking claim \(i) (\(cause.rawValue), \(r.claim.size) nodes)")
            let small = shrinker.shrink(r, cause: cause, sampleSeed: Self.sampleSeed(seed, i))
            var file: String?
            if let dir = outDir {
                let path = dir + "/\(cause.rawValue)-s\(seed)-\(i).toml"
                do {
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    try Regression.text(small, seed: seed, index: i, originalSize: r.claim.size).write(toFile: path, atomically: true, encoding: .utf8)
                    file = path
                } catch {
                    progress?("fuzz: cannot write \(path): \(error.localizedDescription)")
                }
            }
            results.withLock { $0.append((cause, i, small, file)) }
        }
        return results.withLock { $0 }.sorted { ($0.cause.rawValue, $0.index) < ($1.cause.rawValue, $1.index) }
    }
}
