public import Verification

/// Named claims with stable names, the verdict each must get, and what they show.
public struct CatalogueEntry: Sendable {
    public var name: String
    public var kappa: String
    public var summary: String
    public var expected: Verdict
    public var make: @Sendable (DimensionScope) -> Claim
    /// The verdict needs at least one solver timeout (ℓp): running it costs the
    /// query timeout, and the abandoned solver threads slow what runs after it in the same
    /// process. `lionk reproduce` may want to skip these unless asked.
    public var slow: Bool = false
    /// A random-point numeric spot check to report beside an `unknown` (never a proof), for
    /// claims the engine cannot decide (log-sum-exp's §5).
    public var spotCheck: (@Sendable () -> NumericCheck.Report)? = nil
    /// The claim is a statement coordinate by coordinate even though its κ does not separate
    /// (the scaled Young lemmas): proved for every d, not only at the checked ones.
    public var coordinateWise: Bool = false
}

public enum Catalogue {
    public static let entries: [CatalogueEntry] = lionEntries + kappaEntries.map { e in
        var e = e
        // Unknown by timeout (ℓp; log-sum-exp's unknowns are fast abstraction models).
        e.slow = (e.expected == .unknown && e.kappa != "logsumexp") || KappaCatalogueExpectations.slowRefutations.contains(e.name)
        // A κ that does not separate by coordinate (ℓ2, ℓp, log-sum-exp) has its claims for
        // every d checked at d = 1, 2: a proof there is a proof at those dimensions only.
        // (Entries marked coordinate-wise, the scaled Young lemmas, are proved for every d.)
        if e.expected == .proved, Kappa.named(e.kappa)?.separable == false, !e.coordinateWise,
            case .any = e.make(.anyDimension).dimensions
        {
            e.expected = .provedInScope
        }
        return e
    }

    static let lionEntries: [CatalogueEntry] = [
        CatalogueEntry(
            name: "lion.box-invariant", kappa: "l1",
            summary: "Phase 1 (§3): ‖λx‖∞ ≤ 1 is invariant under explicit Lion when ελ ≤ 1",
            expected: .proved, make: { LionClaims.boxInvariant(dimensions: $0) }),
        CatalogueEntry(
            name: "lion.box-invariant.no-step-bound", kappa: "l1",
            summary: "mutation: the same without ελ ≤ 1",
            expected: .refuted, make: { LionClaims.boxInvariant(requireStepBound: false, dimensions: $0) }),
        CatalogueEntry(
            name: "lionk.lyapunov-discrete", kappa: "l1",
            summary: "Theorem 4.1 (§5): H decreases by at least εΔ − Lε²/2‖·‖², all parameters free",
            expected: .proved, make: { LionClaims.lyapunovDiscrete(dimensions: $0) }),
        CatalogueEntry(
            name: "lionk.lyapunov-discrete.defaults", kappa: "l1",
            summary: "Theorem 4.1 at Lion's defaults β = 0.9/0.99, ε = 1/100, λ = 1/10, L = 1",
            expected: .proved, make: { LionClaims.lyapunovDiscrete(fixedDefaults: true, dimensions: $0) }),
        CatalogueEntry(
            name: "lionk.lyapunov-discrete.doubled-c", kappa: "l1",
            summary: "mutation: the Lyapunov coefficient c doubled",
            expected: .refuted, make: { LionClaims.lyapunovDiscrete(mutation: .doubledC, dimensions: $0) }),
        CatalogueEntry(
            name: "lionk.lyapunov-discrete.beta-order", kappa: "l1",
            summary: "mutation: β1 ≤ β2 dropped",
            expected: .refuted, make: { LionClaims.lyapunovDiscrete(mutation: .betaOrderDropped, dimensions: $0) }),
    ]

    public static func entry(named name: String) -> CatalogueEntry? { entries.first { $0.name == name } }
}
