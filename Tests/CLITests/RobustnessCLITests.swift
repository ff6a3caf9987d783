import Foundation
import Testing

/// Numbers a user can type, Ctrl-C, parameter domains and the scope of κ checks, run on the
/// real binary (issue 12, fault classes 8, 9 (κ) and 11).
@Suite("lionk robustness: numbers, Ctrl-C, parameters, scope")
struct RobustnessCLITests {
    // MARK: numbers never crash

    @Test func infiniteTimeoutAndBudgetMeanNoLimit() throws {
        // This trapped (SIGILL) converting ∞ seconds to Int64 milliseconds.
        let r = try CLI.run(["verify", "lion.box-invariant", "--timeout", "inf", "--budget", "inf"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("PROVED"))
    }

    @Test(arguments: [
        ["verify", "lion.box-invariant", "--timeout", "1e16", "--budget", "1e16"],
        ["verify", "lion.box-invariant", "--timeout", "inf", "--budget", "1e300"],
        ["verify", "lion.box-invariant", "--timeout", "-1"],
        ["verify", "lion.box-invariant", "--timeout", "nan"],
        ["verify", "lion.box-invariant", "--budget", "0"],
        ["verify", "lion.box-invariant", "--jobs", "0"],
        ["verify", "lion.box-invariant", "--jobs", "-1"],
        ["verify", "lion.box-invariant", "--jobs", "99999999999999999999"],
        ["verify", "lion.box-invariant", "--dim", "99999999999999999999"],
        ["verify", "lion.box-invariant", "--bisect-width", "-1/2"],
        ["map", "lion.box-invariant", "--x", "eps=0:1", "--y", "lam=0:1", "--grid", "64", "--depth", "8"],
        ["map", "lion.box-invariant", "--x", "eps=0:1", "--y", "lam=0:1", "--grid", "-2"],
        ["map", "lion.box-invariant", "--x", "eps=0:1", "--y", "lam=0:1", "--timeout", "1e300"],
        ["kappa", "check", "huber", "--timeout", "inf", "--budget", "1e16"],
        ["kappa", "check", "huber", "--dim", "0"],
        ["reproduce", "--budget", "-1"],
        ["simulate", "--dim", "100000001"],
        ["simulate", "--dim", "200000", "--precision", "exact"],
        ["simulate", "--steps", "-5"],
        ["simulate", "--steps", "100000000", "--record-every", "1"],
        ["simulate", "--seed", "-1"],
        ["simulate", "--initial", "uniform:inf"],
        ["simulate", "--eps", "1e999"],
        ["simulate", "--lam", "1e-999"],
        ["simulate", "--beta1", "1/2/3"],
        ["bench", "--repetitions", "0"],
    ])
    func typedNumbersGetOneLineUsageErrors(args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stderr.hasPrefix("lionk: error:"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    }

    @Test func mergeRejectsAMapFileWithAnImpossibleGrid() throws {
        let text = """
            {"claim":"c","x":{"name":"a","lo":"0","hi":"1"},"y":{"name":"b","lo":"0","hi":"1"},
             "grid":9223372036854775807,"depth":70,"shard":"1/1","cells":[]}
            """
        let path = try CLI.writeTemp(text, name: "map.json")
        let r = try CLI.run(["merge", path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        let cells = """
            {"claim":"c","x":{"name":"a","lo":"0","hi":"1"},"y":{"name":"b","lo":"0","hi":"1"},
             "grid":1,"depth":0,"shard":"1/1","cells":[{"root":0,"x":[],"y":["0"],"verdict":"proved","seconds":0}]}
            """
        let r2 = try CLI.run(["merge", try CLI.writeTemp(cells, name: "map.json")])
        #expect(r2.status == 65, "\(r2.stderr)")
    }

    // MARK: Ctrl-C

    /// Starts lionk, sends SIGINT after `after` seconds, waits at most 30 s.
    static func interrupt(_ args: [String], after: Double) throws -> (reason: Process.TerminationReason, status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = args
        p.currentDirectoryURL = CLI.packageRoot
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        try p.run()
        Thread.sleep(forTimeInterval: after)
        #expect(p.isRunning, "\(args) finished before the interrupt: the test proves nothing")
        p.interrupt()
        if done.wait(timeout: .now() + 30) == .timedOut {
            Issue.record("\(args): still running 30 s after SIGINT")
            p.terminate()
            if done.wait(timeout: .now() + 5) == .timedOut { kill(p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
        }
        while p.isRunning { Thread.sleep(forTimeInterval: 0.01) }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        return (p.terminationReason, p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lionk-int-\(UUID().uuidString)-\(name)").path
    }

    /// The slow claim: Theorem 4.1 with the reductions that make it fast left out, so one query
    /// runs for its whole timeout (without clear-denominators it is unknown at once: a division
    /// is never sent to the solver).
    static let slowVerify = [
        "verify", "lionk.lyapunov-discrete", "--dim", "1", "--without", "case-split", "--without", "worst-case-elimination",
        "--without", "separability",
    ]

    @Test(arguments: [1.0, 1.5, 2.5])
    func ctrlCDuringReproduceExits130WithoutACrash(after: Double) throws {
        // This segfaulted inside libz3 (a stale SIGINT handler of Z3's own).
        let r = try Self.interrupt(["reproduce"], after: after)
        #expect(r.reason == .exit, "killed by signal \(r.status): \(r.stderr.suffix(400))")
        #expect(r.status == 130, "\(r.stderr.suffix(400))")
        #expect(r.stderr.contains("lionk: interrupted"))
        #expect(!r.stdout.contains("got their expected verdict"), "an interrupted run must not summarise as complete")
        #expect(!r.stdout.contains("did NOT get"), "an interrupt must not be a mismatch")
    }

    @Test(arguments: [1.0, 2.0, 3.0])
    func ctrlCDuringMapExits130AndWritesNothing(after: Double) throws {
        let json = Self.tempPath("map.json")
        let svg = Self.tempPath("map.svg")
        let r = try Self.interrupt(
            ["map", "lionk.lyapunov-discrete.beta-order", "--x", "beta1=0:1", "--y", "beta2=0:1", "--output", json, "--svg", svg], after: after)
        #expect(r.reason == .exit, "killed by signal \(r.status): \(r.stderr.suffix(400))")
        #expect(r.status == 130, "\(r.stderr.suffix(400))")
        #expect(!FileManager.default.fileExists(atPath: json))
        #expect(!FileManager.default.fileExists(atPath: svg))
    }

    @Test(arguments: [1.0, 2.0])
    func ctrlCDuringASlowQueryIsNoUnknownVerdict(after: Double) throws {
        let dir = Self.tempPath("smt2")
        let r = try Self.interrupt(Self.slowVerify + ["--smt2", dir], after: after)
        #expect(r.reason == .exit, "killed by signal \(r.status): \(r.stderr.suffix(400))")
        #expect(r.status == 130, "\(r.stderr.suffix(400))")
        #expect(!r.stdout.contains("UNKNOWN"), "the interrupted query must not be reported as unknown")
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir))
        let parent = URL(fileURLWithPath: dir).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: dir).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).allSatisfy { !$0.contains(name) }, "a staging folder was left")
    }

    @Test func ctrlCDuringKappaCheckExits130() throws {
        let r = try Self.interrupt(["kappa", "check", "l3", "--json"], after: 2)
        #expect(r.reason == .exit, "killed by signal \(r.status)")
        #expect(r.status == 130, "\(r.stderr.suffix(400))")
        #expect(r.stdout.isEmpty, "no JSON object for an interrupted check: \(r.stdout.prefix(200))")
    }

    @Test func ctrlCDuringSimulateExits130AndWritesNothing() throws {
        let csv = Self.tempPath("run.csv")
        let r = try Self.interrupt(["simulate", "--dim", "1000", "--steps", "1000000000", "--record-every", "100000", "--csv", csv], after: 1.5)
        #expect(r.reason == .exit, "killed by signal \(r.status)")
        #expect(r.status == 130, "\(r.stderr.suffix(400))")
        #expect(!FileManager.default.fileExists(atPath: csv))
    }

    // MARK: parameters

    static let positive = """
        name = "a is positive"
        goal = "a > 0"

        [params]
        a = "(0, 1]"
        """

    @Test func rangeIntersectsTheClaimsDomain() throws {
        // --range a=0:1 used to replace (0, 1] by [0, 1]: "refuted at a = 0", outside the claim.
        let path = try CLI.writeTemp(Self.positive)
        let r = try CLI.run(["verify", path, "--range", "a=0:1"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.hasPrefix("PROVED"))
        let narrower = try CLI.run(["verify", path, "--range", "a=1/2:3"])
        #expect(narrower.status == 0, "\(narrower.stdout)")
    }

    @Test(arguments: [["--param", "a=0"], ["--param", "a=2"], ["--range", "a=-1:0"], ["--range", "a=2:3"]])
    func parameterOutsideTheClaimsDomainIsAUsageError(args: [String]) throws {
        let path = try CLI.writeTemp(Self.positive)
        let r = try CLI.run(["verify", path] + args)
        #expect(r.status == 64, "\(r.stdout)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("a ∈ (0, 1]"), "\(r.stderr)")
    }

    @Test func mapAxisOutsideTheClaimsDomainIsAUsageError() throws {
        let path = try CLI.writeTemp(Self.positive.replacingOccurrences(of: "a = \"(0, 1]\"", with: "a = \"(0, 1]\"\nb = \"[0, 1]\""))
        let r = try CLI.run(["map", path, "--x", "a=-2:-1", "--y", "b=0:1", "--grid", "1", "--depth", "0"])
        #expect(r.status == 64, "\(r.stdout)")
        #expect(r.stderr.contains("a ∈ (0, 1]"), "\(r.stderr)")
        // Cells that only partly overlap the domain are verified on the overlap: proved, never refuted at a = 0.
        let m = try CLI.run(["map", path, "--x", "a=-1:1", "--y", "b=0:1", "--grid", "2", "--depth", "0", "--json"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout.contains("outside-domain"))
        #expect(!m.stdout.contains("refuted"), "\(m.stdout)")
    }

    @Test(arguments: ["\"1/2/3\"", "\"[1/2/3, 1]\"", "\"(0, 1/2/3)\""])
    func chainedFractionsInParamsAreRejected(value: String) throws {
        // Read as 3/2 while the expression syntax reads 1/2/3 as 1/6.
        let path = try CLI.writeTemp("name = \"n\"\ngoal = \"a >= 0\"\n\n[params]\na = \(value)\n")
        let r = try CLI.run(["verify", path])
        #expect(r.status == 65, "\(r.stdout)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("params.a"), "\(r.stderr)")
        #expect(r.stderr.contains("one fraction"), "\(r.stderr)")
    }

    @Test func paramsAndExpressionsReadAFractionAlike() throws {
        let path = try CLI.writeTemp("name = \"n\"\ngoal = \"a == 1/2/3\"\n\n[params]\na = \"1/6\"\n")
        let r = try CLI.run(["verify", path])
        #expect(r.status == 0, "\(r.stdout)")
    }

    @Test(arguments: [["--param", "eps=1/2/3"], ["--range", "eps=0:1/2/3"], ["--bisect-width", "1/2/3"]])
    func chainedFractionsOnTheCommandLineAreRejected(args: [String]) throws {
        let r = try CLI.run(["verify", "lion.box-invariant"] + args)
        #expect(r.status == 64, "\(r.stdout)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    // MARK: κ checks say what they cover

    func kappaJSON(_ args: [String]) throws -> (status: Int32, checks: [String: [String: Any]], stderr: String) {
        let r = try CLI.run(["kappa", "check"] + args + ["--json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)")
        let list = try #require(obj["checks"] as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for c in list { byName[c["check"] as? String ?? "?"] = c }
        #expect(obj["exit_code"] as? Int == Int(r.status))
        return (r.status, byName, r.stderr)
    }

    @Test func nonConvexKIsRefutedNotProvedOnABox() throws {
        // Σ(xᵢ² − xᵢ⁴/200) is convex on ‖x‖∞ ≤ 4 only; this was "convexity proved", exit 0.
        let r = try kappaJSON(["--K", "sum(x^2 - x^4/200)"])
        #expect(r.status == 1)
        #expect(r.checks["convexity"]?["verdict"] as? String == "refuted")
    }

    @Test func coupledKappaIsProvedAtTheCheckedDimensionsOnly() throws {
        let r = try kappaJSON(["l2"])
        #expect(r.status == 4, "\(r.checks)")
        for (name, c) in r.checks {
            #expect(c["verdict"] as? String == "proved", "\(name)")
            #expect(c["restricted"] as? Bool == true, "\(name)")
            #expect(c["dimensions"] as? String == "d = 1, 2", "\(name)")
            #expect((c["verdict_text"] as? String)?.hasSuffix("only") == true, "\(name)")
        }
        // One line per check on stderr, naming what it covers.
        #expect(r.stderr.split(separator: "\n").count == 5, "\(r.stderr)")
        #expect(r.stderr.contains("convexity: proved at d = 1, 2 only"))
    }

    @Test func convexityProvedOnTheBoxOnlySaysSo() throws {
        // With Z3's own strategy, ℓ3 convexity is not decided for every a, b within the first
        // try (10 s); the box proof is restricted.
        let r = try kappaJSON(["l3", "--dim", "1", "--strategy", "z3-default"])
        #expect(r.status == 4)
        let c = try #require(r.checks["convexity"])
        #expect(c["verdict"] as? String == "proved")
        #expect(c["domain"] as? String == "‖a‖∞, ‖b‖∞ ≤ 4")
        #expect(c["verdict_text"] as? String == "proved at d = 1, on ‖a‖∞, ‖b‖∞ ≤ 4 only")
    }

    /// (A test of its own, so that it runs beside the 25 s one above.)
    @Test func thePortfolioProvesConvexityEverywhere() throws {
        let p = try kappaJSON(["l3", "--dim", "1"])
        let pc = try #require(p.checks["convexity"])
        #expect(pc["domain"] as? String == "every point")
        #expect(pc["verdict_text"] as? String == "proved at d = 1 only")
    }

    @Test func separableKappaProvedEverywhereExitsZero() throws {
        let r = try kappaJSON(["huber"])
        #expect(r.status == 0)
        for (name, c) in r.checks {
            #expect(c["restricted"] as? Bool == false, "\(name)")
            #expect(c["domain"] as? String == "every point", "\(name)")
            #expect(c["dimensions"] as? String == "every d", "\(name)")
        }
    }
}
