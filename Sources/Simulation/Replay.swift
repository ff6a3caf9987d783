import Foundation
public import Dynamics
public import Symbolic
public import Verification

/// Which claim a counterexample refutes (the claims of `LionClaims` and their mutations).
public enum ReplayClaim: Sendable, Hashable {
    /// `LionClaims.lyapunovDiscrete(mutation:fixedDefaults:)`: Theorem 4.1, K = ℓ1, implicit scheme.
    case lyapunovDiscrete(mutation: LionClaims.Mutation, fixedDefaults: Bool = false)
    /// `LionClaims.boxInvariant(requireStepBound:)`: Phase 1 for explicit Lion.
    case boxInvariant(requireStepBound: Bool)
    /// `KappaClaims.lyapunovDiscrete(κ, mutation:)` at Lion's defaults (catalogue
    /// `lionk.lyapunov-discrete.<κ>` and `….doubled-c`) for a κ of the catalogue.
    case kappaLyapunov(kappa: String, doubledC: Bool)

    /// From a claim name (`Claim.name`) or a catalogue name (`Catalogue.entries`).
    public init?(claimName: String) {
        switch claimName {
        case "lion.box-invariant": self = .boxInvariant(requireStepBound: true)
        case "lion.box-invariant (without ελ ≤ 1)", "lion.box-invariant.no-step-bound": self = .boxInvariant(requireStepBound: false)
        case "lionk.lyapunov-discrete": self = .lyapunovDiscrete(mutation: .none)
        case "lionk.lyapunov-discrete.defaults": self = .lyapunovDiscrete(mutation: .none, fixedDefaults: true)
        case "lionk.lyapunov-discrete (c doubled)", "lionk.lyapunov-discrete.doubled-c": self = .lyapunovDiscrete(mutation: .doubledC)
        case "lionk.lyapunov-discrete (β1 ≤ β2 dropped)", "lionk.lyapunov-discrete.beta-order":
            self = .lyapunovDiscrete(mutation: .betaOrderDropped)
        default:
            guard let k = Self.kappaLyapunov(claimName) else { return nil }
            self = k
        }
    }

    /// "lionk.lyapunov-discrete.<κ>", "….<κ>.doubled-c" (catalogue) or "….<κ> (doubled-c)" (claim).
    static func kappaLyapunov(_ name: String) -> ReplayClaim? {
        let prefix = "lionk.lyapunov-discrete."
        guard name.hasPrefix(prefix) else { return nil }
        var rest = String(name.dropFirst(prefix.count))
        var doubled = false
        for suffix in [".doubled-c", " (doubled-c)"] where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count))
            doubled = true
        }
        // Only κ with a rational ∇K can be replayed exactly (ℓ2, ℓp, log-sum-exp cannot).
        guard let id = KappaID(name: rest), id.inCatalogue, id.hasRationalGradient else { return nil }
        return .kappaLyapunov(kappa: rest, doubledC: doubled)
    }

    public var name: String {
        switch self {
        case .boxInvariant(let r): return r ? "lion.box-invariant" : "lion.box-invariant (without ελ ≤ 1)"
        case .lyapunovDiscrete(let m, let fixed):
            let base = fixed ? "lionk.lyapunov-discrete.defaults" : "lionk.lyapunov-discrete"
            return m == .none ? base : "\(base) (\(m.rawValue))"
        case .kappaLyapunov(let k, let doubled): return "lionk.lyapunov-discrete.\(k)" + (doubled ? " (doubled-c)" : "")
        }
    }
}

/// The outcome of replaying a counterexample on a concrete function of the claimed class.
public struct ReplayResult: Sendable, Codable, Hashable {
    public enum Status: Sendable, Codable, Hashable, CustomStringConvertible {
        /// The concrete trajectory violates the claim in exact arithmetic.
        case confirmed
        /// No function of the class realises the point, or the point does not violate the
        /// claim when replayed; the reason says which.
        case spurious(reason: String)
        /// The point cannot be replayed (an irrational value, a κ without rational ∇K, a
        /// claim whose update is not the one it declares); the reason says which.
        case notReplayable(reason: String)

        /// "confirmed", "spurious" or "not-replayable".
        public var word: String {
            switch self {
            case .confirmed: return "confirmed"
            case .spurious: return "spurious"
            case .notReplayable: return "not-replayable"
            }
        }

        public var description: String {
            switch self {
            case .confirmed: return "confirmed"
            case .spurious(let r): return "spurious: \(r)"
            case .notReplayable(let r): return "not replayable: \(r)"
            }
        }
    }

    public var status: Status
    public var claim: String
    public var dimension: Int
    /// The concrete function built from the model (empty when none could be built).
    public var function: String
    /// What the two sides are ("H(x⁺,m⁺) − H(x,m)" and "−εΔ + Lε²/2‖u‖²", or "‖λx⁺‖∞" and "1").
    public var lhsName: String
    public var rhsName: String
    /// Exact values, as rational strings (nil when the replay stopped before them).
    public var lhsExact: String?
    public var rhsExact: String?
    /// The same sides computed by running the step in Double.
    public var lhsDouble: Double?
    public var rhsDouble: Double?
    /// Whether the Double replay also shows the violation (rounding can hide a tiny one).
    public var violatedInDouble: Bool?
    /// Intermediate exact values (x⁺, m⁺, curvature a, …) by name.
    public var details: [String: String]

    public var isConfirmed: Bool { status == .confirmed }
    public var reason: String? {
        switch status {
        case .confirmed: return nil
        case .spurious(let r), .notReplayable(let r): return r
        }
    }

    enum CodingKeys: String, CodingKey {
        case status, reason, claim, dimension, function, lhsName, rhsName, lhsExact, rhsExact, lhsDouble, rhsDouble
        case violatedInDouble, details
    }

    /// JSON shape: "status" is "confirmed", "spurious" or "not-replayable", with "reason" for
    /// the latter two.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status.word, forKey: .status)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encode(claim, forKey: .claim)
        try c.encode(dimension, forKey: .dimension)
        try c.encode(function, forKey: .function)
        try c.encode(lhsName, forKey: .lhsName)
        try c.encode(rhsName, forKey: .rhsName)
        try c.encodeIfPresent(lhsExact, forKey: .lhsExact)
        try c.encodeIfPresent(rhsExact, forKey: .rhsExact)
        try c.encodeIfPresent(lhsDouble, forKey: .lhsDouble)
        try c.encodeIfPresent(rhsDouble, forKey: .rhsDouble)
        try c.encodeIfPresent(violatedInDouble, forKey: .violatedInDouble)
        try c.encode(details, forKey: .details)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let st = try c.decode(String.self, forKey: .status)
        let why = try c.decodeIfPresent(String.self, forKey: .reason) ?? ""
        switch st {
        case "confirmed": status = .confirmed
        case "not-replayable": status = .notReplayable(reason: why)
        default: status = .spurious(reason: why)
        }
        claim = try c.decode(String.self, forKey: .claim)
        dimension = try c.decode(Int.self, forKey: .dimension)
        function = try c.decode(String.self, forKey: .function)
        lhsName = try c.decode(String.self, forKey: .lhsName)
        rhsName = try c.decode(String.self, forKey: .rhsName)
        lhsExact = try c.decodeIfPresent(String.self, forKey: .lhsExact)
        rhsExact = try c.decodeIfPresent(String.self, forKey: .rhsExact)
        lhsDouble = try c.decodeIfPresent(Double.self, forKey: .lhsDouble)
        rhsDouble = try c.decodeIfPresent(Double.self, forKey: .rhsDouble)
        violatedInDouble = try c.decodeIfPresent(Bool.self, forKey: .violatedInDouble)
        details = try c.decode([String: String].self, forKey: .details)
    }

    init(status: Status, claim: String, dimension: Int, function: String, lhsName: String, rhsName: String, details: [String: String]) {
        self.status = status
        self.claim = claim
        self.dimension = dimension
        self.function = function
        self.lhsName = lhsName
        self.rhsName = rhsName
        self.details = details
    }
}

/// Replays engine counterexamples (encoding.md, "Counterexamples must be replayed").
public enum Replay {
    /// Replays an engine counterexample of `claim`.
    public static func replay(_ cx: Counterexample, claim: ReplayClaim) -> ReplayResult {
        replay(values: cx.values, dimension: cx.dimension, claim: claim)
    }

    /// Replays a point given by its values (parameters by name, coordinates as
    /// `Symbol.coordinate("x", i)`, i = 1…d).
    public static func replay(values: [Symbol: ExactValue], dimension: Int, claim: ReplayClaim) -> ReplayResult {
        var r = ReplayResult(status: .spurious(reason: "not replayed"), claim: claim.name, dimension: dimension,
                             function: "", lhsName: "", rhsName: "", details: [:])
        var env: Environment<Rational> = [:]
        for (s, v) in values {
            guard let q = v.rational else {
                r.status = .spurious(reason: "the model has an irrational value for \(s); an exact replay needs rationals")
                return r
            }
            env[s] = .scalar(q)
        }
        let reader = ValueReader(env: env, dimension: dimension)
        switch claim {
        case .boxInvariant(let requireStepBound): replayBox(reader, requireStepBound, &r)
        case .lyapunovDiscrete(let mutation, let fixed): replayLyapunov(reader, kappa: "l1", mutation: mutation, fixedDefaults: fixed, &r)
        case .kappaLyapunov(let k, let doubled):
            replayLyapunov(reader, kappa: k, mutation: doubled ? .doubledC : .none, fixedDefaults: true, &r)
        }
        return r
    }

    struct ValueReader {
        let env: Environment<Rational>
        let dimension: Int
        func scalar(_ name: String) -> Rational? { env[.scalar(name)]?.scalarValue }
        /// Coordinates name[1…d]; missing ones are 0 (the engine leaves unconstrained values out).
        func vector(_ name: String) -> [Rational] {
            (1...max(1, dimension)).map { env[.coordinate(name, $0)]?.scalarValue ?? env[.scalar("\(name)[\($0)]")]?.scalarValue ?? 0 }
        }
    }

    static func dot(_ a: [Rational], _ b: [Rational]) -> Rational { zip(a, b).reduce(Rational.zero) { $0 + $1.0 * $1.1 } }
    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    static func norm1(_ a: [Rational]) -> Rational { a.reduce(Rational.zero) { $0 + $1.magnitude } }
    static func norm1(_ a: [Double]) -> Double { a.reduce(0) { $0 + abs($1) } }
    static func normInf(_ a: [Rational]) -> Rational { a.reduce(Rational.zero) { Rational.max($0, $1.magnitude) } }
    static func normInf(_ a: [Double]) -> Double { a.reduce(0) { max($0, abs($1)) } }
    static func text(_ v: [Rational]) -> String { "(" + v.map(\.description).joined(separator: ", ") + ")" }

    // MARK: box invariant

    static func replayBox(_ v: ValueReader, _ requireStepBound: Bool, _ r: inout ReplayResult) {
        r.lhsName = "‖λx⁺‖∞"
        r.rhsName = "1"
        guard let eps = v.scalar("eps"), let lam = v.scalar("lam"), let b1 = v.scalar("beta1") else {
            r.status = .spurious(reason: "the model lacks eps, lam or beta1")
            return
        }
        let x = v.vector("x"), m = v.vector("m"), g = v.vector("g")
        var failed: [String] = []
        if !(eps > 0) { failed.append("ε > 0") }
        if !(lam > 0) { failed.append("λ > 0") }
        if !(b1 >= 0 && b1 <= 1) { failed.append("β1 ∈ [0, 1]") }
        if !(normInf(x.map { lam * $0 }) <= 1) { failed.append("‖λx‖∞ ≤ 1") }
        if requireStepBound && !(eps * lam <= 1) { failed.append("ελ ≤ 1") }
        if !failed.isEmpty {
            r.status = .spurious(reason: "hypotheses fail at the model: " + failed.joined(separator: ", "))
            return
        }
        // Any differentiable f with ∇f(x) = g realises the point: take the linear one.
        let f = QuadraticObjective(hessian: .scaledIdentity(0), center: x, linear: g, offset: 0)
        r.function = "f(y) = ⟨g, y − x⟩ with g = \(text(g)) (linear: every class with a free gradient contains it)"
        let h = LionHyperParameters(eps: eps, lam: lam, beta1: b1, beta2: b1)
        let exact = ExactLionStepper(kappa: .l1, scheme: .explicit, convention: .paper, hyper: h)
        guard let gx = f.exactGradient(x), let (xn, _) = exact.step(x: x, m: m, g: gx) else {
            r.status = .spurious(reason: "internal: exact step failed")
            return
        }
        let lhs = normInf(xn.map { lam * $0 })
        r.lhsExact = lhs.description
        r.rhsExact = "1"
        r.details["x_next"] = text(xn)
        r.details["eps*lam"] = (eps * lam).description
        // Double.
        var xd = x.map(\.doubleValue), md = m.map(\.doubleValue), sd = xd
        let gd: [Double] = f.gradient(xd)
        LionStepper<Double>(kappa: .l1, scheme: .explicit, convention: .paper, hyper: h).step(x: &xd, m: &md, g: gd, scratch: &sd)
        let lamD = lam.doubleValue
        r.lhsDouble = normInf(xd.map { lamD * $0 })
        r.rhsDouble = 1
        r.violatedInDouble = r.lhsDouble! > 1
        r.status = lhs > 1 ? .confirmed : .spurious(reason: "replayed step stays in the box: ‖λx⁺‖∞ = \(lhs) ≤ 1")
    }

    /// The curvature a of the quadratic f0 + ⟨g, y − x⟩ + (a/2)‖y − x‖² that takes f1 at x⁺:
    /// 2(f1 − f0 − ⟨g, dx⟩)/‖dx‖², 0 when x⁺ = x and f1 = f0, nil when x⁺ = x and f1 ≠ f0.
    static func curvature(x: [Rational], xNext: [Rational], g: [Rational], f0: Rational, f1: Rational) -> Rational? {
        let dx = zip(xNext, x).map { $0 - $1 }
        let dd = dot(dx, dx)
        if dd.isZero { return f1 == f0 ? 0 : nil }
        return 2 * (f1 - f0 - dot(g, dx)) / dd
    }

    /// The quadratic f(y) = f0 + ⟨g, y − x⟩ + (a/2)‖y − x‖² through (x, f0, g) and (x⁺, f1),
    /// L-smooth when |a| ≤ L; f1 from the model, or (if the engine left it out) the worst
    /// case of the descent lemma. Nil (and `r` says why) when no L-smooth f realises them.
    static func realiseLSmooth(
        _ v: ValueReader, x: [Rational], g: [Rational], f0: Rational, xNext: [Rational], L: Rational, _ r: inout ReplayResult
    ) -> QuadraticObjective? {
        let dx = zip(xNext, x).map { $0 - $1 }
        let f1 = v.scalar("f1") ?? (f0 + dot(g, dx) + L / 2 * dot(dx, dx))
        guard let a = curvature(x: x, xNext: xNext, g: g, f0: f0, f1: f1) else {
            r.status = .spurious(reason: "x⁺ = x but f1 = \(f1) ≠ f0 = \(f0): no function takes two values at one point")
            return nil
        }
        r.details["curvature a"] = a.description
        r.details["f1"] = f1.description
        guard a.magnitude <= L else {
            let side = a > L ? "above the descent-lemma bound" : "below the lower bound f0 + ⟨g, dx⟩ − (L/2)‖dx‖²"
            r.status = .spurious(reason: "no L-smooth function realises f1: the curvature it needs, a = \(a), is outside [−L, L] = [−\(L), \(L)] (f1 is \(side))")
            return nil
        }
        let f = QuadraticObjective(hessian: .scaledIdentity(a), center: x, linear: g, offset: f0)
        r.function = "f(y) = \(f0) + ⟨g, y − x⟩ + (\(a)/2)‖y − x‖² with x = \(text(x)), g = \(text(g)) (L-smooth: |a| ≤ L = \(L))"
        guard f.exactGradient(x) == g, f.exactValue(x) == f0, f.exactValue(xNext) == f1 else {
            r.status = .spurious(reason: "internal: the constructed quadratic does not reproduce (f0, g, f1)")
            return nil
        }
        return f
    }
}
