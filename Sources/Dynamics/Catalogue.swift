public import Verification

/// Named claims with stable names, the verdict each must get, and what they show.
public struct CatalogueEntry: Sendable {
    /// What the entry is (family, κ, scheme, variant); the name is derived from it.
    public var key: CatalogueKey
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

    public init(
        _ key: CatalogueKey, summary: String, expected: Verdict, make: @escaping @Sendable (DimensionScope) -> Claim,
        coordinateWise: Bool = false
    ) {
        self.key = key
        self.summary = summary
        self.expected = expected
        self.make = make
        self.coordinateWise = coordinateWise
    }

    public var name: String { key.name }
    /// The κ as listed (a mutant's own name for a deliberately wrong κ).
    public var kappa: String { key.kappaLabel }
}

public enum Catalogue {
    public static let entries: [CatalogueEntry] = lionEntries + kappaEntries.map { e in
        var e = e
        // Unknown by timeout (ℓp; log-sum-exp's unknowns are fast abstraction models).
        e.slow = (e.expected == .unknown && e.key.kappa != .logsumexp) || KappaCatalogueExpectations.slowRefutations.contains(e.name)
        // A κ that does not separate by coordinate (ℓ2, ℓp, log-sum-exp) has its claims for
        // every d checked at d = 1, 2: a proof there is a proof at those dimensions only.
        // (Entries marked coordinate-wise, the scaled Young lemmas, are proved for every d.)
        if e.expected == .proved, e.key.kappa?.kappa.separable == false, !e.coordinateWise,
            case .any = e.make(.anyDimension).dimensions
        {
            e.expected = .provedInScope
        }
        return e
    }

    static let lionEntries: [CatalogueEntry] = [
        CatalogueEntry(
            CatalogueKey(family: "lionk.invariance", kappa: .l1, scheme: .explicit, alias: "lion.box-invariant"),
            summary: "Phase 1 (§3): ‖λx‖∞ ≤ 1 is invariant under explicit Lion when ελ ≤ 1",
            expected: .proved, make: { LionClaims.boxInvariant(dimensions: $0) }),
        CatalogueEntry(
            CatalogueKey(family: "lion.box-invariant", kappa: .l1, variant: "no-step-bound", kappaInName: false),
            summary: "mutation: the same without ελ ≤ 1",
            expected: .refuted, make: { LionClaims.boxInvariant(requireStepBound: false, dimensions: $0) }),
        CatalogueEntry(
            CatalogueKey(family: "lionk.lyapunov-discrete", kappa: .l1, kappaInName: false),
            summary: "Theorem 4.1 (§5): H decreases by at least εΔ − Lε²/2‖·‖², all parameters free",
            expected: .proved, make: { LionClaims.lyapunovDiscrete(dimensions: $0) }),
        CatalogueEntry(
            CatalogueKey(family: "lionk.lyapunov-discrete", kappa: .l1, variant: "defaults", kappaInName: false),
            summary: "Theorem 4.1 at Lion's defaults β = 0.9/0.99, ε = 1/100, λ = 1/10, L = 1",
            expected: .proved, make: { LionClaims.lyapunovDiscrete(fixedDefaults: true, dimensions: $0) }),
        CatalogueEntry(
            CatalogueKey(family: "lionk.lyapunov-discrete", kappa: .l1, variant: "doubled-c", kappaInName: false),
            summary: "mutation: the Lyapunov coefficient c doubled",
            expected: .refuted, make: { LionClaims.lyapunovDiscrete(mutation: .doubledC, dimensions: $0) }),
        CatalogueEntry(
            CatalogueKey(family: "lionk.lyapunov-discrete", kappa: .l1, variant: "beta-order", kappaInName: false),
            summary: "mutation: β1 ≤ β2 dropped",
            expected: .refuted, make: { LionClaims.lyapunovDiscrete(mutation: .betaOrderDropped, dimensions: $0) }),
    ]

    public static func entry(named name: String) -> CatalogueEntry? { entries.first { $0.name == name } }
}
