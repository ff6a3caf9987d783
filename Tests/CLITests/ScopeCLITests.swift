import Foundation
import Testing

/// A verdict that holds only at the checked dimensions says so in its word, its exit code and
/// its JSON, so that no script takes it for every d (soundness issue, fault 9).
@Suite("Verdicts limited to the checked dimensions")
struct ScopeCLITests {
    static let sumOfOnes = """
        name = "sum of ones"
        state = ["x: vector"]
        hypotheses = ["x == 1"]
        goal = "sum(x) <= 3"
        """

    @Test func provedOnlyAtTheCheckedDimensionsExitsFour() throws {
        let file = try CLI.writeTemp(Self.sumOfOnes)
        let r = try CLI.run(["verify", file])
        #expect(r.status == 4, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.hasPrefix("PROVED-IN-SCOPE (d = 1, 2, 3 only): sum of ones"), "\(r.stdout.prefix(200))")
        let j = try CLI.run(["verify", file, "--json"])
        #expect(j.status == 4)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any])
        #expect(obj["verdict"] as? String == "proved-in-scope")
        let dims = try #require(obj["dims"] as? [String: Any])
        #expect(dims["restricted"] as? Bool == true)
        #expect(dims["all_dimensions"] as? Bool == false)
        let reductions = try #require(obj["reductions"] as? [[String: Any]])
        #expect(reductions.contains { $0["name"] as? String == "no-separability" && $0["contract"] as? String == "claim-implies-query" })
    }

    @Test func theSameClaimAtAFixedDimensionIsProved() throws {
        let file = try CLI.writeTemp(Self.sumOfOnes + "\ndim = 3\n")
        let r = try CLI.run(["verify", file])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.hasPrefix("PROVED: sum of ones"))
        // And at d = 4 it is false: the restricted verdict above was not a proof for every d.
        let four = try CLI.run(["verify", file, "--dim", "4"])
        #expect(four.status == 1, "\(four.stdout) \(four.stderr)")
    }

    @Test func unknownReductionNamesAreRejected() throws {
        let r = try CLI.run(["verify", "lion.box-invariant", "--without", "case_split"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown reduction 'case_split'"))
    }
}
