import Dynamics
import Foundation
import Symbolic
import Testing
import Verification

/// A backend that answers "unknown" for chosen queries and forwards the rest to Z3.
struct FaultInjectingBackend: QueryBackend {
    let inner: Z3Backend
    /// Queries whose label contains one of these strings get `.unknown`.
    let unknownFor: [String]
    var name: String { "fault-injecting " + inner.name }

    func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        if unknownFor.contains(where: { query.label.contains($0) }) { return .unknown(reason: "injected") }
        return inner.check(query, timeout: timeout, cancellation: cancellation)
    }
    func smtlib2(_ query: Query) -> String? { inner.smtlib2(query) }
}

func engine(_ convention: SubgradientConvention = .implementation, timeout: Double = 60) -> Engine {
    var o = EngineOptions()
    o.convention = convention
    o.queryTimeout = timeout
    o.budget = 300
    return Engine(backend: Z3Backend(), options: o)
}

func reductionNames(_ r: VerificationResult) -> [String] { r.reductions.map(\.name) }

@Suite("Lion box invariant (theory.md §3)")
struct BoxInvariantTests {
    @Test func provedForEveryDimensionBySeparability() throws {
        let r = try engine().verify(LionClaims.boxInvariant())
        #expect(r.verdict == .proved)
        #expect(r.provedForAllDimensions)
        #expect(r.dimensionsChecked == [1])
        #expect(reductionNames(r).contains("separability"))
        #expect(reductionNames(r).contains("case-split"))
        #expect(r.cases.count >= 2)
        #expect(r.cases.allSatisfy { $0.status == "unsat" })
        #expect(r.counterexample == nil)
    }

    @Test func withoutStepBoundIsRefutedWithExactCounterexample() throws {
        let r = try engine().verify(LionClaims.boxInvariant(requireStepBound: false))
        #expect(r.verdict == .refuted)
        let cx = try #require(r.counterexample)
        #expect(cx.check == "exact")
        // Re-check independently: ελ > 1 must hold at the counterexample (else the claim holds).
        let env = try #require(cx.rationalEnvironment)
        let eps = try #require(env[.scalar("eps")]?.scalarValue)
        let lam = try #require(env[.scalar("lam")]?.scalarValue)
        #expect(eps * lam > 1)
    }

    @Test func fixedDimensionsAreCheckedAsAsked() throws {
        let r = try engine().verify(LionClaims.boxInvariant(dimensions: .fixed([2])))
        #expect(r.verdict == .proved)
        #expect(r.dimensionsChecked == [2])
        #expect(!r.provedForAllDimensions)
    }
}

@Suite("Discrete Lyapunov decrease, K = ℓ1 (theory.md §5)")
struct LyapunovTests {
    @Test(arguments: SubgradientConvention.allCases)
    func provedWithAllParametersFree(convention: SubgradientConvention) throws {
        let r = try engine(convention).verify(LionClaims.lyapunovDiscrete())
        #expect(r.verdict == .proved, "open: \(r.openCases)")
        #expect(r.provedForAllDimensions)
        let names = reductionNames(r)
        #expect(names.contains("worst-case-elimination"))
        #expect(names.contains("separability"))
        #expect(names.contains("case-split"))
        #expect(names.contains("clear-denominators"))
        if convention == .any { #expect(names.contains("subgradient-at-kink")) }
    }

    @Test func doubledCIsRefuted() throws {
        let r = try engine().verify(LionClaims.lyapunovDiscrete(mutation: .doubledC))
        #expect(r.verdict == .refuted)
        let cx = try #require(r.counterexample)
        #expect(cx.check == "exact", "\(cx.check)")
    }

    @Test func betaOrderMattersFor() throws {
        let r = try engine().verify(LionClaims.lyapunovDiscrete(mutation: .betaOrderDropped))
        #expect(r.verdict == .refuted)
        let cx = try #require(r.counterexample)
        #expect(cx.check == "exact", "\(cx.check)")
        let env = try #require(cx.rationalEnvironment)
        let b1 = try #require(env[.scalar("beta1")]?.scalarValue)
        let b2 = try #require(env[.scalar("beta2")]?.scalarValue)
        #expect(b1 > b2)
    }

    @Test func fixedDefaultsInDimensionTwoWithoutSeparability() throws {
        let r = try engine().verify(LionClaims.lyapunovDiscrete(fixedDefaults: true, dimensions: .fixed([2])))
        #expect(r.verdict == .proved)
        #expect(r.dimensionsChecked == [2])
    }
}

@Suite("Soundness: unknown never becomes proved")
struct SoundnessTests {
    @Test func injectedUnknownCaseGivesUnknown() throws {
        var o = EngineOptions()
        o.queryTimeout = 60
        let backend = FaultInjectingBackend(inner: Z3Backend(), unknownFor: ["case 2/"])
        let r = try Engine(backend: backend, options: o).verify(LionClaims.lyapunovDiscrete())
        #expect(r.verdict == .unknown)
        #expect(r.openCases.count == 1)
        #expect(r.openCases.first?.contains("injected") == true)
    }

    @Test func injectedUnknownSideConditionGivesUnknown() throws {
        // Both ways of establishing a side condition answer unknown: from the parameters
        // alone ("side:") and through the claim's definedness query.
        let backend = FaultInjectingBackend(inner: Z3Backend(), unknownFor: ["side:", "definedness"])
        let r = try Engine(backend: backend).verify(LionClaims.lyapunovDiscrete())
        #expect(r.verdict == .unknown)
        #expect(!r.openCases.isEmpty)
    }

    @Test func everyCaseUnknownGivesUnknownEvenWithBisection() throws {
        var o = EngineOptions()
        o.bisectionMinWidth = Rational(1, 4)
        o.bisectionMaxBoxes = 8
        let backend = FaultInjectingBackend(inner: Z3Backend(), unknownFor: ["case"])
        let r = try Engine(backend: backend, options: o).verify(LionClaims.boxInvariant())
        #expect(r.verdict == .unknown)
        #expect(r.boxes.allSatisfy { $0.verdict == .unknown })
    }

    @Test func tinyBudgetGivesUnknownNotProved() throws {
        var o = EngineOptions()
        o.budget = 0.000_001
        let r = try Engine(backend: Z3Backend(), options: o).verify(LionClaims.lyapunovDiscrete())
        #expect(r.verdict == .unknown)
    }

    @Test func cancelledBeforeStartSendsNoQuery() throws {
        let e = engine()
        e.cancellation.cancel()
        let r = try e.verify(LionClaims.boxInvariant())
        #expect(r.verdict == .unknown)
        #expect(r.cases.allSatisfy { $0.status != "unsat" && $0.status != "sat" })
    }

    @Test func cancellationFromAnotherThreadStopsAHardQuery() throws {
        var o = EngineOptions()
        o.queryTimeout = 120
        let e = Engine(backend: Z3Backend(), options: o)
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.3)
            e.cancellation.cancel()
        }
        canceller.start()
        let r = try e.verify(HardClaims.polynomialSystem())
        #expect(r.verdict == .unknown)
        #expect(r.openCases.contains { $0.contains("cancelled") || $0.contains("interrupted") })
    }

    @Test func hardQueryReturnsUnknownWithinItsBudget() throws {
        var o = EngineOptions()
        o.queryTimeout = 1
        o.budget = 5
        let r = try Engine(backend: Z3Backend(), options: o).verify(HardClaims.polynomialSystem())
        #expect(r.verdict == .unknown)
        #expect(r.openCases.count == 1)
        #expect(r.openCases.first?.contains("timeout") == true)
    }
}

@Suite("Engine mechanics")
struct MechanicsTests {
    let x = Expr.scalar("x")
    let y = Expr.scalar("y")
    let a = Expr.scalar("a")

    @Test func existsClaimFindsAWitness() throws {
        let c = Claim(name: "witness", kind: .exists, parameters: [], hypotheses: [x .> 0], goal: x * x .== 2 * x + 3)
        let r = try engine().verify(c)
        #expect(r.verdict == .found)
        let w = try #require(r.counterexample)
        #expect(w.values[.scalar("x")] == .rational(3))
    }

    @Test func existsClaimWithoutWitness() throws {
        let c = Claim(name: "none", kind: .exists, parameters: [], hypotheses: [], goal: x * x .< 0)
        #expect(try engine().verify(c).verdict == .noWitness)
    }

    @Test func absCaseSplitProvesTriangleInequality() throws {
        let c = Claim(name: "triangle", parameters: [], hypotheses: [], goal: abs(x + y) .<= abs(x) + abs(y))
        let r = try engine().verify(c)
        #expect(r.verdict == .proved)
        #expect(r.cases.count >= 2)
    }

    @Test func wrongInequalityIsRefutedExactly() throws {
        let c = Claim(name: "reverse triangle", parameters: [], hypotheses: [], goal: abs(x) + abs(y) .<= abs(x + y))
        let r = try engine().verify(c)
        #expect(r.verdict == .refuted)
        #expect(r.counterexample?.check == "exact")
    }

    @Test func intervalParameterIsRespected() throws {
        // a·x² ≥ 0 holds for a ∈ [0, 1] and fails for a ∈ [−1, 1].
        let holds = Claim(name: "p", parameters: [Parameter("a", .closed(0, 1))], hypotheses: [], goal: a * x * x .>= 0)
        #expect(try engine().verify(holds).verdict == .proved)
        let fails = holds.with("a", domain: .closed(-1, 1))
        #expect(try engine().verify(fails).verdict == .refuted)
    }

    @Test func denominatorThatMayVanishIsNotAssumedAway() throws {
        // 1/a > 0 is not provable when a may be 0 or negative: must not be proved.
        let c = Claim(name: "d", parameters: [Parameter("a", .closed(-1, 1))], hypotheses: [], goal: 1 / a .> 0)
        let r = try engine().verify(c)
        #expect(r.verdict != .proved)
    }

    @Test func sqrtIsHandledByAnAuxiliaryVariable() throws {
        let c = Claim(name: "sqrt", parameters: [], hypotheses: [x .>= 0], goal: sqrt(x * x) .== x)
        #expect(try engine().verify(c).verdict == .proved)
        let wrong = Claim(name: "sqrt-wrong", parameters: [], hypotheses: [], goal: sqrt(x * x) .== x)
        #expect(try engine().verify(wrong).verdict == .refuted)
    }

    @Test func exportedQueriesRecheckInAFreshContext() throws {
        var o = EngineOptions()
        o.exportSMT = true
        let r = try Engine(backend: Z3Backend(), options: o).verify(LionClaims.boxInvariant())
        #expect(!r.cases.isEmpty)
        for c in r.cases {
            let text = try #require(c.smtlib2)
            #expect(text.contains("assert"))
            #expect(try Z3Backend.recheck(smtlib2: text) == "unsat")
        }
    }

    @Test func bisectionMapsABox() throws {
        // a·x ≥ 0 for x ≥ 0 holds iff a ≥ 0: with a ∈ [−1, 1] it is refuted; the refutation is found without bisection.
        var o = EngineOptions()
        o.bisectionMinWidth = Rational(1, 2)
        let c = Claim(name: "b", parameters: [Parameter("a", .closed(-1, 1))], hypotheses: [x .>= 0], goal: a * x .>= 0)
        #expect(try Engine(backend: Z3Backend(), options: o).verify(c).verdict == .refuted)
    }
}

/// Claims that Z3 4.8.12 does not decide in seconds.
enum HardClaims {
    /// x⁵ + y⁷ + z⁹ + w¹¹ = 1, xyzw = 3, x²y²z + w³x = 7  ⇒  xy³ + zw⁵ ≥ −5
    /// (the negation is the polynomial system of the Solver tests; nlsat does not finish it in 30 s).
    static func polynomialSystem() -> Claim {
        let x = Expr.scalar("x"), y = Expr.scalar("y"), z = Expr.scalar("z"), w = Expr.scalar("w")
        return Claim(
            name: "hard polynomial system", parameters: [],
            hypotheses: [
                sum([x.pow(5), y.pow(7), z.pow(9), w.pow(11)]) .== 1,
                product([x, y, z, w]) .== 3,
                x * x * y * y * z + w.pow(3) * x .== 7,
            ],
            goal: x * y.pow(3) + z * w.pow(5) .>= -5)
    }
}
