import ArgumentParser
import Testing

@testable import lionk

/// Parsing and `validate()` of the numeric options, in process (swift-argument-parser's
/// `parse`): every number a user can type is either accepted with its meaning or rejected
/// with a message naming the option — never a trap later.
@Suite("lionk option parsing")
struct OptionParsingTests {
    @Test func infiniteTimeoutAndBudgetMeanNoLimit() throws {
        let v = try Verify.parse(["lion.box-invariant", "--timeout", "inf", "--budget", "none"])
        #expect(v.engineFlags.timeout.limit == nil)
        #expect(v.engineFlags.budget.limit == nil)
    }

    @Test func finiteSecondsAreKept() throws {
        let v = try Verify.parse(["lion.box-invariant", "--timeout", "2.5", "--budget", "1e9"])
        #expect(v.engineFlags.timeout.limit == 2.5)
        #expect(v.engineFlags.budget.limit == 1e9)
    }

    @Test(arguments: ["1e16", "1e300", "-1", "nan", "0", "-inf", "1e9000", "abc", ""])
    func badSecondsAreRejected(value: String) throws {
        for flag in ["--timeout", "--budget"] {
            #expect(throws: (any Error).self) { try Verify.parse(["lion.box-invariant", flag, value]) }
            #expect(throws: (any Error).self) { try MapCommand.parse(["c", "--x", "a=0:1", "--y", "b=0:1", flag, value]) }
            #expect(throws: (any Error).self) { try Reproduce.parse([flag, value]) }
            #expect(throws: (any Error).self) { try KappaCheck.parse(["huber", flag, value]) }
        }
    }

    @Test func rejectionsNameTheOption() throws {
        do {
            _ = try Verify.parse(["lion.box-invariant", "--timeout", "1e16"])
            Issue.record("accepted --timeout 1e16")
        } catch {
            #expect(Verify.message(for: error).contains("--timeout"))
        }
    }

    @Test(arguments: ["0", "-1", "257", "99999999999999999999", "1.5"])
    func badJobsAreRejected(value: String) throws {
        #expect(throws: (any Error).self) { try Verify.parse(["lion.box-invariant", "--jobs", value]) }
    }

    @Test func jobsInRangeAreKept() throws {
        #expect(try Verify.parse(["c", "--jobs", "1"]).engineFlags.jobs == 1)
        #expect(try Verify.parse(["c", "--jobs", "256"]).engineFlags.jobs == 256)
    }

    @Test(arguments: [
        ["--grid", "0"], ["--grid", "65"], ["--depth", "-1"], ["--depth", "9"], ["--grid", "64", "--depth", "8"],
        ["--grid", "99999999999999999999"],
    ])
    func badMapSizesAreRejected(args: [String]) throws {
        #expect(throws: (any Error).self) { try MapCommand.parse(["c", "--x", "a=0:1", "--y", "b=0:1"] + args) }
    }

    @Test func largestMapIsAccepted() throws {
        let m = try MapCommand.parse(["c", "--x", "a=0:1", "--y", "b=0:1", "--grid", "64", "--depth", "4"])
        #expect(m.grid << m.depth == 1024)
    }

    @Test(arguments: [
        ["--dim", "0"], ["--dim", "100000001"], ["--dim", "100001", "--precision", "exact"], ["--dim", "100001", "--objective", "logistic"], ["--dim", "-5"], ["--steps", "0"], ["--steps", "1000000001"],
        ["--steps", "10000000", "--record-every", "1"], ["--record-every", "0"], ["--seed", "-1"],
        ["--seed", "18446744073709551616"], ["--eps", "1/2/3"], ["--initial", "uniform:inf"], ["--initial", "uniform:nan"],
    ])
    func badSimulateSizesAreRejected(args: [String]) throws {
        #expect(throws: (any Error).self) { try SimulateCommand.parse(args) }
    }

    @Test func simulateSizesInRangeAreKept() throws {
        let s = try SimulateCommand.parse(["--dim", "100000", "--steps", "1000000000", "--record-every", "1000", "--seed", "18446744073709551615"])
        #expect(s.dim == 100_000 && s.steps == 1_000_000_000 && s.seed == UInt64.max)
    }

    @Test(arguments: [["--repetitions", "0"], ["--naive-timeout", "inf"], ["--naive-timeout", "1e300"]])
    func badBenchOptionsAreRejected(args: [String]) throws {
        #expect(throws: (any Error).self) { try Bench.parse(args) }
    }
}
