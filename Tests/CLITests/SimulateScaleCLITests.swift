import Foundation
import Testing

/// `lionk simulate` at the sizes it advertises: scalar centre and start, the memory check,
/// the dimension limits per precision and objective.
@Suite("lionk simulate at scale")
struct SimulateScaleCLITests {
    static func run(_ args: [String], environment extra: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(args, environment: extra)
    }

    @Test func scalarCentreAndStartMeanEveryCoordinate() throws {
        let r = try Self.run(["simulate", "--dim", "4", "--center", "1", "--initial", "1/2", "--steps", "2", "--json", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((obj["objective"] as? String)?.contains("c = 1 in every coordinate") == true)
        let records = try #require(obj["records"] as? [[String: Any]])
        #expect(records.first?["x"] as? [Double] == [0.5, 0.5, 0.5, 0.5])
        // f = ½‖x − 1‖² = 4 · ⅛ at the start.
        #expect(records.first?["f"] as? Double == 0.5)
    }

    @Test func aListMustHaveOneNumberOrD() throws {
        for args in [["--center", "1,2"], ["--initial", "1,2"]] {
            let r = try Self.run(["simulate", "--dim", "3"] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.hasPrefix("lionk: error:") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(r.stderr.contains("has 2 numbers but --dim is 3"))
        }
    }

    @Test func tooLittleMemoryIsOneLineAndExit69() throws {
        let r = try Self.run(["simulate", "--dim", "10000000", "--precision", "float", "--steps", "1"],
                             environment: ["LIONK_MEMORY_AVAILABLE": "100000000"])
        #expect(r.status == 69, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("needs about 140 MB") && r.stderr.contains("only 100 MB is available"), "\(r.stderr)")
        // Double needs twice the vectors.
        let d = try Self.run(["simulate", "--dim", "10000000", "--precision", "double", "--steps", "1"],
                             environment: ["LIONK_MEMORY_AVAILABLE": "200000000"])
        #expect(d.status == 69 && d.stderr.contains("needs about 220 MB"), "\(d.stderr)")
    }

    @Test(arguments: [
        ["--dim", "100000001"],
        ["--dim", "200000", "--precision", "exact"],
        ["--dim", "200000", "--objective", "logistic"],
        ["--dim", "200000", "--objective", "expr:sum(x^2)"],
    ])
    func sizesBeyondTheLimitsAreUsageErrors(args: [String]) throws {
        let r = try Self.run(["simulate"] + args)
        #expect(r.status == 64, "\(args): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    }

    /// A million coordinates through the command line (a debug build takes a few seconds).
    @Test func aMillionCoordinatesRun() throws {
        let r = try Self.run(["simulate", "--dim", "1000000", "--precision", "float", "--steps", "2", "--record-every", "2", "--timings"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("d = 1000000"))
        #expect(!r.stdout.contains("x = "), "the final x is not printed at this size")
        #expect(r.stderr.contains("lionk: timings: set-up"))
        #expect(r.stderr.contains("2 records"))
    }
}

@Suite("lionk simulate reports")
struct SimulateReportCLITests {
    @Test func infiniteHIsExplained() throws {
        let r = try SimulateScaleCLITests.run(["simulate", "--kappa", "l2", "--dim", "3", "--lam", "1", "--initial", "5", "--steps", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("H: +∞ → +∞"))
        #expect(r.stdout.contains("outside dom K*, i.e. unless ‖λx‖₂ ≤ 1; never finite in this run"), "\(r.stdout)")
    }

    @Test func theorem41IsCheckedFromTheCommandLine() throws {
        let svg = try CLI.writeTemp("", name: "decrease.svg")
        let r = try SimulateScaleCLITests.run([
            "simulate", "--kappa", "huber", "--scheme", "implicit", "--dim", "3", "--center", "3,-2,0.4", "--lam", "1",
            "--initial", "0", "--steps", "200", "--smoothness", "1", "--plot-decrease", svg,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Theorem 4.1: H(t) − H(t−1) ≤ −εΔ + (Lε²/2)‖∇K(m̃) − λx‖² at 200 of 200 checked steps"), "\(r.stdout)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let bad = try SimulateScaleCLITests.run(["simulate", "--plot-decrease", svg])
        #expect(bad.status == 64 && bad.stderr.contains("--plot-decrease needs --smoothness"))
    }
}
