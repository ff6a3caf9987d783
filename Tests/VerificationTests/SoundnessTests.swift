import Dynamics
import Foundation
import Symbolic
import Testing
import Verification

/// Regression tests for the fault classes of the soundness issue (#12): each claim here got
/// a wrong verdict before the fix. A claim is written as a claim file, as a user would.
func verifyText(
    _ text: String, convention: SubgradientConvention = .implementation, disabled: Set<Reduction> = [], caseLimit: Int? = nil
) throws -> VerificationResult {
    let claim = try ClaimFile.parse("name = \"soundness\"\n" + text)
    var o = EngineOptions()
    o.convention = convention
    o.queryTimeout = 30
    o.budget = 120
    o.disabledReductions = disabled
    if let l = caseLimit { o.caseLimit = l }
    return try Engine(backend: Z3Backend(), options: o).verify(claim)
}

@Suite("Soundness regressions (issue 12)")
struct SoundnessRegressionTests {
    // 1. Fresh names are fresh: a claim may use aux_1, subgrad_1, abs_exp_1 as its own names.
    @Test(arguments: ["aux_1", "subgrad_1", "abs_exp_1", "abs_log_1", "subgrad_u1"])
    func freshNamesDoNotCaptureClaimSymbols(name: String) throws {
        let r = try verifyText(
            """
            state = ["\(name)"]
            goal = "\(name) == 1/p"
            [params]
            p = "(0, inf)"
            """)
        #expect(r.verdict == .refuted, "\(r.verdict.name): \(r.openCases)")
        #expect(r.counterexample?.isExactlyChecked == true)
    }

    // 2. Side conditions keyed by (term, kind): b ≥ 0 (for √b) is not b ≠ 0 (for 2/b).
    @Test func sideConditionKindsAreNotConfused() throws {
        let r = try verifyText(
            """
            hypotheses = ["b > 0 => sqrt(b) <= 2/b"]
            goal = "b > 0"
            [params]
            b = "[0, 1]"
            """)
        #expect(r.verdict != .proved)
        if r.verdict == .refuted { #expect(r.counterexample?.isExactlyChecked == true) }
    }

    // 3. Explicit coordinates: x[1] ≤ 0 says nothing about x[2].
    @Test func explicitCoordinateIsNotSeparable() throws {
        let r = try verifyText(
            """
            state = ["x: vector"]
            hypotheses = ["x[1] <= 0"]
            goal = "x <= 0"
            """)
        #expect(r.verdict == .refuted, "\(r.verdict.name) \(r.scope)")
        #expect(r.counterexample?.isExactlyChecked == true)
        #expect((r.counterexample?.dimension ?? 0) >= 2)
    }

    @Test func coordinateBeyondTheDimensionIsAnError() throws {
        #expect(throws: ClaimError.self) {
            _ = try verifyText(
                """
                kind = "exists"
                dim = 1
                state = ["x: vector"]
                goal = "x[2] > 0"
                """)
        }
    }

    @Test func coordinateBeyondTheDimensionIsSkippedUnderAny() throws {
        let r = try verifyText(
            """
            kind = "exists"
            state = ["x: vector"]
            goal = "x[2] > 0 and x[1] < 0"
            """)
        #expect(r.verdict == .found)
        #expect((r.counterexample?.dimension ?? 0) >= 2)
        #expect(!r.dimensionsChecked.contains(1))
    }

    // 3. A coordinate y[i] of a vector definition is coordinate i of its expression.
    @Test func coordinateOfAVectorDefinitionIsSubstituted() throws {
        let proved = try verifyText(
            """
            state = ["x: vector"]
            define = ["y = x + 1"]
            goal = "y[1] == x[1] + 1"
            """)
        #expect(proved.verdict.isProof, "\(proved.verdict.name): \(proved.openCases)")
        let refuted = try verifyText(
            """
            state = ["x: vector"]
            define = ["y = ite(x > 0, x, 2*x) - 1"]
            goal = "y[2] == x[2]"
            """)
        #expect(refuted.verdict == .refuted, "\(refuted.verdict.name): \(refuted.openCases)")
        #expect(refuted.counterexample?.isExactlyChecked == true)
        #expect((refuted.counterexample?.dimension ?? 0) >= 2)
    }

    // 3. A coordinate the simplifier folds away (0*x[2]) still needs d ≥ 2.
    @Test func foldedCoordinateStillNeedsItsDimension() throws {
        #expect(throws: ClaimError.self) {
            _ = try verifyText(
                """
                dim = 1
                state = ["x: vector"]
                goal = "0*x[2] > 0"
                """)
        }
        let r = try verifyText(
            """
            state = ["x: vector"]
            goal = "0*x[2] > 0"
            """)
        #expect(r.verdict == .refuted)
        #expect((r.counterexample?.dimension ?? 0) >= 2)
    }

    // 7. A definition's symbol is not a total value: g = sqrt(u) makes "g != g" undefined
    // for u < 0, so it is not folded to false before g is substituted.
    @Test func partialDefinitionIsNotFoldedAsASymbol() throws {
        let r = try verifyText(
            """
            state = ["u: scalar"]
            define = ["g1 = sqrt(u)", "g2 = g1"]
            hypotheses = ["g2 != g2"]
            goal = "0 != 0"
            """)
        #expect(!r.verdict.isProof, "\(r.verdict.name)")
        let undefinedConstant = try verifyText(
            """
            define = ["g = sqrt(-1/2)"]
            goal = "g < 1 and a < a"
            [params]
            a = "2"
            """)
        #expect(undefinedConstant.verdict != .refuted, "\(undefinedConstant.verdict.name)")
    }

    // 4. --subgradient any is never lost: not under --without case-split, not beyond the cap.
    @Test func subgradientAnySurvivesWithoutCaseSplit() throws {
        let text = """
            state = ["x"]
            hypotheses = ["x == 0"]
            goal = "sign(x) == 0"
            """
        let implementation = try verifyText(text, disabled: [.caseSplit])
        #expect(implementation.verdict == .proved)
        let any = try verifyText(text, convention: .any, disabled: [.caseSplit])
        #expect(any.verdict == .refuted, "\(any.verdict.name): \(any.openCases)")
        let capped = try verifyText(text, convention: .any, caseLimit: 1)
        #expect(capped.verdict == .refuted, "\(capped.verdict.name): \(capped.openCases)")
    }

    // 5. ‖v‖∞ ≤ r is not rewritten inside an ite condition, where a vector comparison would
    //    be read coordinate by coordinate (ite(vᵢ ≤ r, …)) instead of for the whole vector.
    @Test func normBoundInsideAnIteConditionKeepsItsMeaning() throws {
        let r = try verifyText(
            """
            dim = 2
            state = ["v: vector"]
            goal = "ite(norminf(v) <= 1, 1, v*v) >= 1"
            """)
        #expect(r.verdict == .refuted, "\(r.verdict.name): \(r.openCases)")
        #expect(r.counterexample?.isExactlyChecked == true)
    }

    // 6. Worst-case elimination never substitutes a vector bound for a scalar.
    @Test func worstCaseNeverUsesAVectorBound() throws {
        let r = try verifyText(
            """
            dim = 2
            state = ["x: vector", "v"]
            hypotheses = ["x <= v"]
            goal = "2*v >= sum(x)"
            """)
        #expect(r.verdict == .proved, "\(r.verdict.name): \(r.openCases) \(r.counterexample?.check ?? "")")
    }

    // 6. Chained eliminations are evaluated back in the right order (last eliminated first).
    @Test func chainedEliminationsReplayInOrder() throws {
        let r = try verifyText(
            """
            state = ["a", "b", "c"]
            hypotheses = ["a <= b + 1", "b <= c + 1"]
            goal = "a <= c + 1"
            """)
        #expect(r.verdict == .refuted, "\(r.verdict.name): \(r.openCases)")
        #expect(r.counterexample?.isExactlyChecked == true, "\(r.counterexample?.check ?? "none")")
    }

    // 7. Undefined values: constants 1/0, negative rational powers, reversed clip bounds.
    @Test func constantDivisionByZeroIsNotAValue() throws {
        let r = try verifyText(
            """
            state = ["x"]
            goal = "x*(1/0) >= 0"
            """)
        #expect(r.verdict == .unknown, "\(r.verdict.name)")
    }

    @Test func negativeRationalPowerNeedsAPositiveBase() throws {
        let undefinedAtZero = try verifyText(
            """
            goal = "p^(-1/2) >= 1"
            [params]
            p = "[0, 1]"
            """)
        #expect(undefinedAtZero.verdict == .unknown, "\(undefinedAtZero.verdict.name)")
        let positive = try verifyText(
            """
            goal = "p^(-1/2) >= 1"
            [params]
            p = "(0, 1]"
            """)
        #expect(positive.verdict == .proved, "\(positive.verdict.name): \(positive.openCases)")
        let wrong = try verifyText(
            """
            goal = "p^(-1/2) >= 2"
            [params]
            p = "(0, 1]"
            """)
        #expect(wrong.verdict == .refuted, "\(wrong.verdict.name): \(wrong.openCases)")
        #expect(wrong.counterexample?.isExactlyChecked == true)
    }

    @Test func reversedClipBoundsAreUndefined() throws {
        let r = try verifyText(
            """
            state = ["x"]
            goal = "clip(x, 1, 0) <= 1"
            """)
        #expect(r.verdict == .unknown, "\(r.verdict.name)")
        let ok = try verifyText(
            """
            state = ["x"]
            goal = "clip(x, lo, 1) <= 1"
            [params]
            lo = "[0, 1]"
            """)
        #expect(ok.verdict == .proved, "\(ok.verdict.name): \(ok.openCases)")
    }

    @Test func logNeedsAPositiveArgument() throws {
        let r = try verifyText(
            """
            state = ["x"]
            goal = "log(x) <= x - 1"
            """)
        #expect(r.verdict == .unknown, "\(r.verdict.name)")
    }

    // 9. A verdict that holds only at the checked dimensions says so.
    @Test func provedOnlyAtCheckedDimensions() throws {
        let r = try verifyText(
            """
            state = ["x: vector"]
            hypotheses = ["x == 1"]
            goal = "sum(x) <= 3"
            """)
        #expect(r.verdict == .provedInScope, "\(r.verdict.name)")
        #expect(!r.provedForAllDimensions)
        #expect(r.dimensionsChecked == [1, 2, 3])
    }

    @Test func noWitnessOnlyAtCheckedDimensions() throws {
        let r = try verifyText(
            """
            kind = "exists"
            state = ["x: vector"]
            hypotheses = ["x == 1"]
            goal = "sum(x) >= 4"
            """)
        #expect(r.verdict == .noWitnessInScope, "\(r.verdict.name)")
    }

    // 10. A model of a relaxation is not a counterexample of the class.
    @Test func relaxationModelIsNotARefutation() throws {
        var claim = try ClaimFile.parse(
            """
            name = "relaxed"
            state = ["x", "g"]
            goal = "x <= 0"
            """)
        claim.relaxation = "test relaxation"
        let r = try Engine(backend: Z3Backend()).verify(claim)
        #expect(r.verdict == .unknown)
        #expect(r.counterexample != nil)
        #expect(r.openCases.contains { $0.contains("relaxation") })
    }
}

@Suite("Verdicts from contracts")
struct ContractTests {
    @Test func reductionNamesAreTyped() {
        #expect(Reduction(rawValue: "case-split") == .caseSplit)
        #expect(Reduction(rawValue: "case_split") == nil)
        #expect(Reduction.caseSplit.contract == .equivalent)
        #expect(Reduction.expAbstraction.contract == .queryImpliesClaim)
    }
}
