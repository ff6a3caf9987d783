/// What a reduction promises about the query it produces, relative to the claim it was given.
///
/// Read for a ∀-claim (the query asks for a counterexample); an ∃-claim reads the same way
/// with "counterexample" replaced by "witness": the direction is always about the query's
/// satisfiability.
public enum Contract: String, Sendable, Codable, Hashable {
    /// The query has a model iff the claim has a counterexample: unsat proves, a model refutes
    /// (once it is mapped back and checked exactly on the original claim).
    case equivalent
    /// The query implies the claim: every counterexample of the claim is a model of the query
    /// (an over-approximation), so its unsat proves; a model proves nothing.
    case queryImpliesClaim = "query-implies-claim"
    /// The claim implies the query: every model of the query is a counterexample of the claim
    /// (an under-approximation, e.g. fewer dimensions), so a model refutes; unsat proves only
    /// the restricted statement.
    case claimImpliesQuery = "claim-implies-query"

    /// Whether an unsat answer of a query made under this contract proves the claim.
    public var unsatProves: Bool { self != .claimImpliesQuery }
    /// Whether a model of a query made under this contract may refute the claim.
    public var modelRefutes: Bool { self != .queryImpliesClaim }
}

/// Every reduction the engine can apply, with its contract. The raw value is the stable name
/// used in reports, JSON and `--without`.
public enum Reduction: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case negation
    case lemma
    case inlineDefinitions = "inline-definitions"
    case normInfToCoordinates = "norm-inf-to-coordinates"
    case absBound = "abs-bound"
    case normSquared = "norm-squared"
    case worstCaseElimination = "worst-case-elimination"
    case separability
    /// The claim for every d is checked at a few dimensions only.
    case noSeparability = "no-separability"
    case unsplitFirst = "unsplit-first"
    case caseSplit = "case-split"
    case subgradientAtKink = "subgradient-at-kink"
    case clearDenominators = "clear-denominators"
    case expAbstraction = "exp-abstraction"
    /// The claim's hypotheses over-approximate the class it is about (e.g. L-smooth through the
    /// descent lemma at a few points).
    case relaxation
    case boxBisection = "box-bisection"

    public var contract: Contract {
        switch self {
        case .expAbstraction, .relaxation: return .queryImpliesClaim
        case .noSeparability: return .claimImpliesQuery
        default: return .equivalent
        }
    }

    /// Reductions a user may leave out (`--without`): leaving one out never changes what the
    /// claim means, only how fast or how often it is decided.
    public static let optional: [Reduction] = [
        .worstCaseElimination, .separability, .unsplitFirst, .caseSplit, .clearDenominators, .expAbstraction,
    ]

    /// A restriction of the dimensions only: unsat then proves the claim at the checked
    /// dimensions (the verdict says "only at the checked dimensions").
    public var restrictsDimensions: Bool { self == .noSeparability }

    public static func < (a: Reduction, b: Reduction) -> Bool { a.rawValue < b.rawValue }
}

/// What one case query (or side condition) contributed, as the verdict rule sees it.
enum CaseOutcome: Sendable {
    case unsat
    /// A model mapped back to the original claim and checked exactly there.
    case confirmed
    /// A model that is not (or cannot be shown to be) a counterexample of the original claim.
    case unconfirmed(String)
    /// Not decided (timeout, unsupported, side condition open, budget, skipped …).
    case open(String)
}

/// The one place where case outcomes and the contracts of the reductions applied become a verdict.
enum VerdictRule {
    static func combine(kind: ClaimKind, outcomes: [CaseOutcome], reductions: [Reduction]) -> (verdict: Verdict, reasons: [String]) {
        let contracts = reductions.map(\.contract)
        let modelsRefute = contracts.allSatisfy(\.modelRefutes)
        var reasons: [String] = []
        var confirmed = false
        var open = false
        for o in outcomes {
            switch o {
            case .unsat: break
            case .confirmed:
                if modelsRefute { confirmed = true } else { open = true }
            case .unconfirmed(let why):
                open = true
                reasons.append(why)
            case .open(let why):
                open = true
                reasons.append(why)
            }
        }
        if confirmed { return (kind == .forall ? .refuted : .found, reasons) }
        if !modelsRefute, outcomes.contains(where: { if case .confirmed = $0 { true } else { false } }) {
            let which = reductions.filter { !$0.contract.modelRefutes }.map(\.rawValue).joined(separator: ", ")
            reasons.append("a model was found, but \(which) over-approximate\(reductions.filter { !$0.contract.modelRefutes }.count == 1 ? "s" : "") the claim: the model is not a counterexample of the claim itself")
        }
        if open { return (.unknown, reasons) }
        let restricting = reductions.filter { !$0.contract.unsatProves }
        if restricting.isEmpty { return (kind == .forall ? .proved : .noWitness, reasons) }
        if restricting.allSatisfy(\.restrictsDimensions) {
            return (kind == .forall ? .provedInScope : .noWitnessInScope, reasons)
        }
        reasons.append("unsat under an under-approximation (\(restricting.map(\.rawValue).joined(separator: ", "))) proves nothing")
        return (.unknown, reasons)
    }
}
