public import Symbolic

/// An exact value from a solver model.
public enum ExactValue: Sendable, Hashable, CustomStringConvertible {
    case rational(Rational)
    /// An irrational algebraic number, known by an exact rational enclosing interval and,
    /// when the solver gives it, a polynomial it is a root of (coefficients lowest degree
    /// first; empty: none), which makes exact arithmetic with it possible (`RealAlgebraic`).
    case algebraic(lower: Rational, upper: Rational, decimal: String, polynomial: [Rational] = [])

    public var rational: Rational? { if case .rational(let r) = self { r } else { nil } }

    /// The number as an exact real algebraic number (nil: rational, or no usable polynomial).
    public var realAlgebraic: RealAlgebraicNumber? {
        guard case .algebraic(let l, let u, _, let p) = self, !p.isEmpty else { return nil }
        return RealAlgebraicNumber(polynomial: RationalPolynomial(p), lower: l, upper: u)
    }

    public var description: String {
        switch self {
        case .rational(let r): return r.description
        case .algebraic(let l, let u, let d, _): return "\(d)… ∈ [\(l), \(u)]"
        }
    }
}

/// What one query returned.
public enum QueryOutcome: Sendable {
    case unsat
    case sat([Symbol: ExactValue])
    case unknown(reason: String)
}

/// A named reduction applied to a claim, with the reason it is valid and its contract.
public struct ReductionStep: Sendable, Hashable, Codable {
    public var reduction: Reduction
    /// Stable identifier (`Reduction.rawValue`): "negation", "separability", "case-split", …
    public var name: String { reduction.rawValue }
    /// What the reduced query promises about the claim.
    public var contract: Contract { reduction.contract }
    /// Why the reduction preserves the verdict.
    public var justification: String
    /// What exactly was done (which variable, which bound, how many cases, …).
    public var detail: String

    public init(_ reduction: Reduction, justification: String, detail: String) {
        self.reduction = reduction
        self.justification = justification
        self.detail = detail
    }
}

/// What became of one case query.
public enum CaseStatus: Sendable, Hashable, CustomStringConvertible {
    case unsat
    case sat
    /// A model of the exp/log abstraction only (proves nothing).
    case abstractionSat
    /// The solver gave no answer (timeout, interrupt, unsupported, …).
    case unknown(String)
    /// Not sent: a side condition or another reason kept it open.
    case open(String)
    /// Not run: the budget ran out, or a counterexample ended the run first.
    case skipped

    public var description: String {
        switch self {
        case .unsat: return "unsat"
        case .sat: return "sat"
        case .abstractionSat: return "abs-sat"
        case .unknown(let r): return "unknown (\(r))"
        case .open(let why): return "open: \(why)"
        case .skipped: return "skipped"
        }
    }
}

/// The record of one case query.
public struct CaseRecord: Sendable {
    public var label: String
    /// The dimension the case was instantiated at.
    public var dimension: Int
    public var outcome: CaseStatus
    /// `outcome` as text: "unsat", "sat", "abs-sat", "unknown (…)", "open: …", "skipped".
    public var status: String { outcome.description }
    public var seconds: Double
    /// The standalone SMT-LIB2 text of the query, when exported.
    public var smtlib2: String?
    /// The solver strategy that decided the query ("nlsat", "smt", "z3-default"); nil when
    /// the case stayed undecided or was not sent.
    public var strategy: String? = nil
}

/// A point violating a ∀-claim (or satisfying an ∃-claim).
public struct Counterexample: Sendable {
    public var dimension: Int
    /// Values of parameters, state coordinates and eliminated variables.
    public var values: [Symbol: ExactValue]
    /// The case it was found in.
    public var caseLabel: String
    /// How the point was checked: "exact" (hypotheses true and goal false by exact rational
    /// evaluation of the claim), or why it could not be ("irrational value", …).
    public var check: String
    /// Values the reductions introduced (subgradient choices at kinks, eliminated bounds).
    public var notes: [String]

    public var isExactlyChecked: Bool { check == "exact" }
    /// The variables whose values are irrational (sorted by name).
    public var irrationalSymbols: [String] { values.filter { $0.value.rational == nil }.map(\.key.description).sorted() }

    public init(dimension: Int, values: [Symbol: ExactValue], caseLabel: String, check: String, notes: [String]) {
        self.dimension = dimension
        self.values = values
        self.caseLabel = caseLabel
        self.check = check
        self.notes = notes
    }

    /// Exact rational environment (fails if some value is irrational).
    public var rationalEnvironment: Environment<Rational>? {
        var env: Environment<Rational> = [:]
        for (s, v) in values {
            guard let r = v.rational else { return nil }
            env[s] = .scalar(r)
        }
        return env
    }
}

/// The answer to a claim.
public enum Verdict: Sendable, Equatable {
    /// Every query was unsat.
    case proved
    /// A counterexample to the ∀-claim exists.
    case refuted
    /// A witness for the ∃-claim exists.
    case found
    /// The ∃-claim has no witness (every query unsat).
    case noWitness
    /// Some case is open.
    case unknown
    /// Every query was unsat, but the claim was checked at some dimensions only (a claim for
    /// every d that does not separate by coordinate): not a proof for every d.
    case provedInScope
    /// No witness at the checked dimensions only.
    case noWitnessInScope

    /// Proved, for every d or at the checked dimensions (see `VerificationResult.scope`).
    public var isProof: Bool { self == .proved || self == .provedInScope }

    public var name: String {
        switch self {
        case .proved: return "proved"
        case .refuted: return "refuted"
        case .found: return "found"
        case .noWitness: return "no-witness"
        case .unknown: return "unknown"
        case .provedInScope: return "proved-in-scope"
        case .noWitnessInScope: return "no-witness-in-scope"
        }
    }
}

/// A parameter box and what is known on it (for bisection maps).
public struct BoxResult: Sendable {
    public var box: [String: ParameterDomain]
    public var verdict: Verdict
}

/// Everything the engine found out about a claim.
public struct VerificationResult: Sendable {
    public var claim: String
    public var kind: ClaimKind
    public var verdict: Verdict
    /// Human-readable scope, e.g. "every d ≥ 1 (separable; checked at d = 1)" or "d = 2, 3".
    public var scope: String
    /// Dimensions actually instantiated.
    public var dimensionsChecked: [Int]
    public var provedForAllDimensions: Bool
    public var reductions: [ReductionStep]
    public var cases: [CaseRecord]
    public var seconds: Double
    public var counterexample: Counterexample?
    /// Labels and reasons of the cases left open.
    public var openCases: [String]
    /// Parameter boxes from bisection (empty if none was needed).
    public var boxes: [BoxResult]
    public var solver: String
    /// The lemmas' own results (when the claim uses lemmas), in order.
    public var lemmas: [LemmaRecord] = []
    /// Every query sent and every obligation written, with answers (only with
    /// `EngineOptions.recordQueries`; a lemma's are in its own result).
    public var queries: [QueryRecord] = []
}
