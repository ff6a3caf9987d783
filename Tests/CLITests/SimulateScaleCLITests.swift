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

/// `lionk simulate --K …`: a user-defined κ through the command line.
@Suite("lionk simulate with a user-defined κ")
struct SimulateUserKappaCLITests {
    @Test func theUsersL1GivesTheLibrarysRun() throws {
        let common = ["--dim", "3", "--center", "3,-2,0.4", "--lam", "1", "--steps", "50", "--precision", "exact", "--json", "-"]
        let lib = try CLI.run(["simulate", "--kappa", "l1"] + common)
        let user = try CLI.run(["simulate", "--K", "norm1(x)", "--conjugate", "0", "--domain", "norminf(y) <= 1"] + common)
        #expect(lib.status == 0 && user.status == 0, "\(user.stderr)")
        func final(_ r: CLI.Result) throws -> [String] {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return try #require(obj["finalExactX"] as? [String])
        }
        #expect(try final(lib) == final(user))
        let text = try CLI.run(["simulate", "--K", "norm1(x)", "--dim", "2", "--steps", "5"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Lion-κ with K(x) = norm1(x)"), "\(text.stdout)")
        #expect(text.stdout.contains("H: not computed"), "\(text.stdout)")
        #expect(text.stdout.contains("lionk kappa check --K 'norm1(x)'"))
    }

    @Test(arguments: [
        (["--K", "norm1(x)", "--kappa", "l2"], Int32(64), "not both"),
        (["--grad", "sign(x)"], 64, "give --K too"),
        (["--K", "norm1(x)", "--dim", "200000"], 64, "needs a library κ"),
        (["--K", "norm1(x"], 65, "--K: column"),
        (["--K", "norm1(x)", "--domain", "norm_inf(y) <= 1", "--conjugate", "0"], 65, "--domain: column 1"),
        (["--K", "sum(x^2)", "--grad", "log(x)"], 65, "undefined at step 0"),
    ] as [([String], Int32, String)])
    func badUserKappasAreOneLineErrors(args: [String], status: Int32, message: String) throws {
        let r = try CLI.run(["simulate", "--dim", "2", "--steps", "3"] + args)
        #expect(r.status == status, "\(args): \(r.stderr)")
        #expect(r.stderr.hasPrefix("lionk: error:") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
