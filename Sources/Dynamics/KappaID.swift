public import Symbolic

/// Which update (theory.md §1): explicit (what Lion runs) or implicit (what the discrete
/// theorem analyses). One type for the claims, the simulator and the command line.
public enum Scheme: String, Sendable, Codable, CaseIterable {
    /// x⁺ = x + ε(∇K(m̃) − λx).
    case explicit
    /// x⁺ = (x + ε∇K(m̃)) / (1 + ελ).
    case implicit
}

/// The name of a κ of the library (theory.md §2), one type for every part of lionk: the
/// symbolic κ of the verifier (`kappa`), the simulator's kernels (Simulation), and the
/// command line (`--kappa`, parsed by the argument parser). Its text form is the catalogue
/// name: "l1", "l2", "l3", "l3_2", other p as "lp:P", "half-squared", "relu", "huber" (δ = 1)
/// or "huber:DELTA", "l1-half-squared", "logsumexp".
public enum KappaID: Sendable, Hashable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// ‖x‖₁, ∇K = sign(x): Lion.
    case l1
    /// ‖x‖₂, ∇K = x/‖x‖₂ (0 at 0).
    case l2
    /// ‖x‖_p with a rational p > 1, ∇K = sign(x)|x|^{p−1}/‖x‖_p^{p−1} (0 at 0).
    case lp(Rational)
    /// ½‖x‖², ∇K = x.
    case halfSq
    /// Σ relu(x_i), ∇K = 1[x_i > 0].
    case relu
    /// Σ huber_δ(x_i), ∇K = clip(x_i/δ, −1, 1).
    case huber(Rational)
    /// ‖x‖₁ + ½‖x‖², ∇K = sign(x) + x.
    case l1PlusHalfSq
    /// log Σ exp(x_i), ∇K = softmax(x).
    case logsumexp

    /// The catalogue's κ, in the order of theory.md §2 (ℓp at p = 3 and p = 3/2, δ = 1):
    /// those of `Kappa.catalogue`.
    public static let catalogue: [KappaID] = [
        .l1, .l2, .lp(3), .lp(Rational(3, 2)), .halfSq, .relu, .huber(1), .l1PlusHalfSq, .logsumexp,
    ]

    /// The κ's name, the same as in `verify --kappa` and `lionk kappa list` (one naming):
    /// "l1", "l2", "l3", "l3_2", other p as "lp:P", "half-squared", "relu", "huber" (δ = 1) or
    /// "huber:DELTA", "l1-half-squared", "logsumexp".
    public var name: String {
        switch self {
        case .l1: return "l1"
        case .l2: return "l2"
        case .lp(let p):
            if p == 3 { return "l3" }
            if p == Rational(3, 2) { return "l3_2" }
            return "lp:\(p)"
        case .halfSq: return "half-squared"
        case .relu: return "relu"
        case .huber(let d): return d == 1 ? "huber" : "huber:\(d)"
        case .l1PlusHalfSq: return "l1-half-squared"
        case .logsumexp: return "logsumexp"
        }
    }

    public var description: String { name }

    /// The largest numerator and denominator of p in "lp:P": the exact encoding of |y|^p is
    /// a polynomial equation of degree 2·numerator (ℓ100 is already far beyond what Z3
    /// decides).
    public static let lpLimit = 100

    /// The parameterised names, with what they take (for messages and help).
    public static let parameterised = ["lp:P (rational 1 < P, numerator and denominator at most \(lpLimit))", "huber:DELTA (DELTA > 0)"]

    /// The same as `init?(name:)`.
    public init?(_ description: String) { self.init(name: description) }

    /// Parses a name (see `name`); the simulator's earlier spellings "half-sq",
    /// "l1-plus-half-sq" and "lp" (p = 3) are read too.
    public init?(name: String) {
        let parts = name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, !head.isEmpty else { return nil }
        let arg = parts.count > 1 ? Rational(parts[1]) : nil
        if parts.count > 1 && arg == nil { return nil }
        // Only ℓp and huber take a parameter ("l1:2" is no κ).
        if parts.count > 1 && head != "lp" && head != "huber" { return nil }
        switch head {
        case "l1": self = .l1
        case "l2": self = .l2
        case "l3": self = .lp(3)
        case "l3_2": self = .lp(Rational(3, 2))
        case "lp":
            let p = arg ?? 3
            // The exact encoding raises to the powers 2·numerator and 2·denominator of p.
            guard p > 1, p.numerator <= KappaID.lpLimit, p.denominator <= KappaID.lpLimit else { return nil }
            self = .lp(p)
        case "half-squared", "half-sq": self = .halfSq
        case "relu": self = .relu
        case "huber":
            let d = arg ?? 1
            guard d > 0 else { return nil }
            self = .huber(d)
        case "l1-half-squared", "l1-plus-half-sq": self = .l1PlusHalfSq
        case "logsumexp": self = .logsumexp
        default: return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let k = KappaID(name: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown κ: \(s)")
        }
        self = k
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }

    /// The symbolic κ: K, ∇K, K* and dom K* as expressions, for the verifier.
    public var kappa: Kappa {
        switch self {
        case .l1: return .l1
        case .l2: return .l2
        case .lp(let p): return .lp(p)
        case .halfSq: return .halfSquared
        case .relu: return .relu
        case .huber(let d): return .huber(d)
        case .l1PlusHalfSq: return .l1PlusHalfSquared
        case .logsumexp: return .logSumExp
        }
    }

    /// Whether this κ is one of the catalogue's (the ones catalogue claims exist for).
    public var inCatalogue: Bool { Self.catalogue.contains(self) }
}

extension Kappa {
    /// The library κ of this name (for the catalogue's κ, whose names are library names).
    var id: KappaID? { KappaID(name: name) }
}
