public import Symbolic
import Foundation

/// A convex function K of Lion-κ (theory.md §2) with the pieces the claims need: K, a
/// subgradient map ∇K, the conjugate K* (its finite part and its domain), a gradient of the
/// finite part of K* (the x̃ of Theorem 4.1), the problem Lion-κ solves, and whether K is a
/// sum over coordinates.
///
/// Every piece is a function of an expression, so the same κ is used at m, m̃, m_{t+1}, λx, …
public struct Kappa: Sendable {
    /// Short stable name used in claim names ("l1", "l2", "huber", …).
    public var name: String
    /// Human-readable K, e.g. "‖x‖₁".
    public var title: String
    /// K(v), a scalar expression of the vector v.
    public var K: @Sendable (Expr) -> Expr
    /// ∇K(v), a vector expression: the subgradient map an implementation computes.
    public var gradient: @Sendable (Expr) -> Expr
    /// When set, "s ∈ ∂K(v)" as a constraint on a vector s (for claims where the explicit
    /// map has a removable singularity, e.g. v/‖v‖₂ at 0): claims then quantify over every
    /// subgradient s instead of using `gradient`.
    public var subgradientRelation: (@Sendable (_ v: Expr, _ s: Expr) -> Constraint)?
    /// The finite part of K*(y) (0 when K* is a pure indicator).
    public var conjugate: @Sendable (Expr) -> Expr
    /// y ∈ dom K* (`true` when K* is finite everywhere).
    public var conjugateDomain: @Sendable (Expr) -> Constraint
    /// Whether K* has an indicator part ι(dom K*).
    public var hasIndicator: Bool
    /// A gradient of the finite part of K* on dom K* (x̃ = this at λx_{t+1}); nil when the
    /// finite part is 0 (x̃ = 0 is then an element of ∂K*(λx) for λx ∈ dom K*).
    public var conjugateGradient: (@Sendable (Expr) -> Expr)?
    /// The problem Lion-κ solves: min f(x) + (1/λ)K*(λx), in words.
    public var problem: String
    /// K(v) = Σᵢ k(vᵢ): claims about it are decided for every dimension from d = 1.
    public var separable: Bool
    /// K involves exp/log: the engine cannot decide its claims (unknown).
    public var transcendental: Bool
    /// Convexity is checked on the box ‖a‖∞, ‖b‖∞ ≤ this bound.
    public var convexityBox: Rational = 4
    /// An exact polynomial encoding of K(v) through auxiliary variables (for rational powers
    /// of possibly negative bases, e.g. ‖v‖₃ = r with r ≥ 0, r³ = Σ wᵢ, wᵢ ≥ 0, wᵢ² = vᵢ⁶).
    /// The tag makes the auxiliary names unique.
    public var encodeK: (@Sendable (_ v: Expr, _ tag: String) -> Encoded<Expr>)? = nil
    /// The same for y ∈ dom K*.
    public var encodeDomain: (@Sendable (_ y: Expr, _ tag: String) -> Encoded<Constraint>)? = nil
    /// For ℓp: p (the encodings of `lp` are in terms of it).
    public var lpExponent: Rational? = nil
    /// When set, replaces `subgradientRelation` in claims by an encoded relation (its
    /// hypotheses say s ∈ ∂K(v)).
    public var encodedSubgradientRelation: (@Sendable (_ v: Expr, _ s: Expr, _ tag: String) -> Encoded<Void>)? = nil

    public init(
        name: String, title: String, K: @escaping @Sendable (Expr) -> Expr, gradient: @escaping @Sendable (Expr) -> Expr,
        subgradientRelation: (@Sendable (Expr, Expr) -> Constraint)? = nil,
        conjugate: @escaping @Sendable (Expr) -> Expr, conjugateDomain: @escaping @Sendable (Expr) -> Constraint,
        hasIndicator: Bool, conjugateGradient: (@Sendable (Expr) -> Expr)?, problem: String, separable: Bool,
        transcendental: Bool = false
    ) {
        self.name = name
        self.title = title
        self.K = K
        self.gradient = gradient
        self.subgradientRelation = subgradientRelation
        self.conjugate = conjugate
        self.conjugateDomain = conjugateDomain
        self.hasIndicator = hasIndicator
        self.conjugateGradient = conjugateGradient
        self.problem = problem
        self.separable = separable
        self.transcendental = transcendental
    }

    /// K(v) as used in claims: `K(v)` itself, or its exact encoding with auxiliary variables.
    public func value(_ v: Expr, tag: String) -> Encoded<Expr> {
        encodeK?(v, tag) ?? Encoded(K(v))
    }

    /// y ∈ dom K* as used in claims.
    public func inDomain(_ y: Expr, tag: String) -> Encoded<Constraint> {
        encodeDomain?(y, tag) ?? Encoded(conjugateDomain(y))
    }

    /// A subgradient of K at v as used in claims: `gradient(v)`, or — when the κ has a
    /// subgradient relation — a fresh vector variable `name` constrained to ∂K(v), so the
    /// claim holds for every subgradient.
    public func subgradient(at v: Expr, name: String) -> Encoded<Expr> {
        let s = Expr.vector(name)
        if let enc = encodedSubgradientRelation {
            let r = enc(v, s, name)
            return Encoded(s, variables: [.vector(name)] + r.variables, hypotheses: r.hypotheses)
        }
        guard let rel = subgradientRelation else { return Encoded(gradient(v)) }
        return Encoded(s, variables: [.vector(name)], hypotheses: [rel(v, s)])
    }

    /// x̃ = ∇(finite part of K*)(y), 0 when there is none.
    public func conjugateGradientValue(_ y: Expr) -> Expr { conjugateGradient?(y) ?? Expr(0) }

    /// D_K(a, b) = K(a) − K(b) − ⟨s, a − b⟩ with s a subgradient at b.
    public func bregman(_ a: Expr, _ b: Expr, subgradientAtB s: Expr) -> Expr { K(a) - K(b) - dot(s, a - b) }
}

/// A value (an expression, a condition) with the auxiliary variables it uses and the
/// hypotheses that define them. Each auxiliary variable is determined uniquely by its
/// hypotheses, and such a value exists for every value of the other variables, so adding
/// them to a ∀-claim changes nothing.
public struct Encoded<T>: @unchecked Sendable {
    public var value: T
    public var variables: [Symbol]
    public var hypotheses: [Constraint]
    public init(_ value: T, variables: [Symbol] = [], hypotheses: [Constraint] = []) {
        self.value = value
        self.variables = variables
        self.hypotheses = hypotheses
    }
}

/// Why a user-defined κ could not be built.
public struct KappaError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension Kappa {
    // MARK: - The catalogue (theory.md §2)

    /// K = ‖x‖₁ (Lion): ∇K = sign, K* = ι(‖y‖∞ ≤ 1).
    public static let l1 = Kappa(
        name: "l1", title: "‖x‖₁", K: { norm1($0) }, gradient: { sign($0) },
        conjugate: { _ in Expr(0) }, conjugateDomain: { normInf($0) .<= 1 }, hasIndicator: true, conjugateGradient: nil,
        problem: "min f(x) s.t. ‖x‖∞ ≤ 1/λ (box)", separable: true)

    /// K = ‖x‖₂: ∇K = x/‖x‖₂ (any unit vector at 0), K* = ι(‖y‖₂ ≤ 1).
    ///
    /// Claims use the subgradient relation ‖s‖₂ ≤ 1 ∧ ⟨s, v⟩ = ‖v‖₂ (which is ∂‖·‖₂(v)
    /// exactly), written without a square root as ‖s‖₂² ≤ 1 ∧ ⟨s, v⟩ ≥ 0 ∧ ⟨s, v⟩² = ‖v‖₂²,
    /// so they hold for every subgradient, including at v = 0.
    public static let l2 = Kappa(
        name: "l2", title: "‖x‖₂", K: { norm2($0) }, gradient: { $0 / norm2($0) },
        subgradientRelation: { v, s in sum(s.squared) .<= 1 && dot(s, v) .>= 0 && dot(s, v).squared .== sum(v.squared) },
        conjugate: { _ in Expr(0) }, conjugateDomain: { sum($0.squared) .<= 1 }, hasIndicator: true, conjugateGradient: nil,
        problem: "min f(x) s.t. ‖x‖₂ ≤ 1/λ (ball)", separable: false)

    /// K = ‖x‖_p for a rational p > 1: ∇K = sign(x)|x|^{p−1}/‖x‖_p^{p−1}, K* = ι(‖y‖_q ≤ 1),
    /// 1/p + 1/q = 1. Claims use the exact subgradient relation ‖s‖_q ≤ 1 ∧ ⟨s, v⟩ = ‖v‖_p.
    public static func lp(_ p: Rational) -> Kappa {
        precondition(p > 1, "ℓp needs p > 1")
        let q = p / (p - 1)
        let pm1 = p - 1
        // Σ|y|^q ≤ 1 is ‖y‖_q ≤ 1 without the outer root.
        let dualBall: @Sendable (Expr) -> Constraint = { y in sum(abs(y).pow(q)) .<= 1 }
        var k = Kappa(
            name: KappaID.lp(p).name, title: "‖x‖_\(p)",
            K: { norm($0, p: p) },
            gradient: { v in sign(v) * abs(v).pow(pm1) / norm(v, p: p).pow(pm1) },
            subgradientRelation: { v, s in dualBall(s) && dot(s, v) .== norm(v, p: p) },
            conjugate: { _ in Expr(0) }, conjugateDomain: dualBall, hasIndicator: true, conjugateGradient: nil,
            problem: "min f(x) s.t. ‖x‖_\(q) ≤ 1/λ (ℓq ball, q = p/(p−1))", separable: false)
        // Exact polynomial encodings: |y|^r (r = a/b) is w ≥ 0 with w^(2b) = y^(2a), and
        // ‖v‖_p = r ≥ 0 with r^a = (Σ|vᵢ|^p)^b. No case split on signs is needed.
        let (pa, pb) = (Int(exactly: p.numerator)!, Int(exactly: p.denominator)!)
        let encodedK: @Sendable (Expr, String) -> Encoded<Expr> = { v, tag in
            let w = absPower(v, p, "w_" + tag)
            let r = Expr.scalar("r_" + tag)
            return Encoded(
                r, variables: w.variables + [.scalar("r_" + tag)],
                hypotheses: w.hypotheses + [0 .<= r, r.pow(pa) .== sum(w.value).pow(pb)])
        }
        let encodedDomain: @Sendable (Expr, String) -> Encoded<Constraint> = { y, tag in
            let z = absPower(y, q, "z_" + tag)
            return Encoded(sum(z.value) .<= 1, variables: z.variables, hypotheses: z.hypotheses)
        }
        k.encodeK = encodedK
        k.encodeDomain = encodedDomain
        k.lpExponent = p
        k.encodedSubgradientRelation = { v, s, tag in
            let ball = encodedDomain(s, tag)
            let kv = encodedK(v, tag)
            return Encoded(
                (), variables: ball.variables + kv.variables,
                hypotheses: ball.hypotheses + kv.hypotheses + [ball.value, dot(s, v) .== kv.value])
        }
        return k
    }

    /// |y|^r coordinate-wise for a rational r > 0: y^r itself for an even integer r, else
    /// a fresh vector w ≥ 0 with w^(2b) = y^(2a) (r = a/b), which determines w uniquely.
    static func absPower(_ y: Expr, _ r: Rational, _ name: String) -> Encoded<Expr> {
        let a = Int(exactly: r.numerator)!, b = Int(exactly: r.denominator)!
        if b == 1 && a % 2 == 0 { return Encoded(y.pow(a)) }
        let w = Expr.vector(name)
        return Encoded(w, variables: [.vector(name)], hypotheses: [0 .<= w, w.pow(2 * b) .== y.pow(2 * a)])
    }

    /// K = ½‖x‖²: ∇K = x, K* = ½‖y‖².
    public static let halfSquared = Kappa(
        name: "half-squared", title: "½‖x‖₂²", K: { sum($0.squared) / 2 }, gradient: { $0 },
        conjugate: { sum($0.squared) / 2 }, conjugateDomain: { _ in .true }, hasIndicator: false, conjugateGradient: { $0 },
        problem: "min f(x) + (λ/2)‖x‖² (weight decay; heavy ball / Nesterov momentum)", separable: true)

    /// K = Σ relu(xᵢ): ∇K = 1[x > 0], K* = ι(0 ≤ y ≤ 1).
    public static let relu = Kappa(
        name: "relu", title: "Σ relu(xᵢ)", K: { sum(Symbolic.relu($0)) }, gradient: { Symbolic.relu(sign($0)) },
        conjugate: { _ in Expr(0) }, conjugateDomain: { y in 0 .<= y && y .<= 1 }, hasIndicator: true, conjugateGradient: nil,
        problem: "min f(x) s.t. 0 ≤ x ≤ 1/λ (one-sided box)", separable: true)

    /// K = Σ huber_δ(xᵢ) with huber_δ(t) = t²/(2δ) for |t| ≤ δ, |t| − δ/2 otherwise
    /// (written c·t − δc²/2 with c = clip(t/δ, −1, 1)): ∇K = clip(x/δ, −1, 1),
    /// K* = (δ/2)‖y‖² + ι(‖y‖∞ ≤ 1).
    public static func huber(_ delta: Rational = 1) -> Kappa {
        precondition(delta > 0, "huber needs δ > 0")
        let d = Expr(delta)
        let c: @Sendable (Expr) -> Expr = { v in clip(v / d, -1, 1) }
        return Kappa(
            name: KappaID.huber(delta).name,
            title: "Σ huber_\(delta)(xᵢ)",
            K: { v in sum(c(v) * v - d / 2 * c(v).squared) }, gradient: c,
            conjugate: { y in d / 2 * sum(y.squared) }, conjugateDomain: { normInf($0) .<= 1 }, hasIndicator: true,
            conjugateGradient: { y in d * y },
            problem: "min f(x) + (δλ/2)‖x‖² s.t. ‖x‖∞ ≤ 1/λ (box + weight decay)", separable: true)
    }

    /// K = ‖x‖₁ + ½‖x‖²: ∇K = sign(x) + x, K* = ½ dist(y, [−1, 1]^d)².
    public static let l1PlusHalfSquared = Kappa(
        name: "l1-half-squared", title: "‖x‖₁ + ½‖x‖₂²", K: { norm1($0) + sum($0.squared) / 2 }, gradient: { sign($0) + $0 },
        conjugate: { y in sum((y - clip(y, -1, 1)).squared) / 2 }, conjugateDomain: { _ in .true }, hasIndicator: false,
        conjugateGradient: { y in y - clip(y, -1, 1) },
        problem: "min f(x) + (λ/2)·dist(x, box of radius 1/λ)² (soft box penalty)", separable: true)

    /// K = log Σ exp(xᵢ): ∇K = softmax(x), K* = Σ y log y + ι(simplex). Transcendental: the
    /// engine answers unknown for its claims.
    public static let logSumExp = Kappa(
        name: "logsumexp", title: "log Σ exp(xᵢ)", K: { log(sum(exp($0))) }, gradient: { exp($0) / sum(exp($0)) },
        // Σ yᵢ log yᵢ with 0·log 0 = 0, written so that log is evaluated only where yᵢ > 0
        // (y·log y alone is undefined at yᵢ = 0).
        conjugate: { y in sum(ite(y .> 0, y * log(y), 0)) }, conjugateDomain: { y in 0 .<= y && sum(y) .== 1 }, hasIndicator: true,
        conjugateGradient: { y in log(y) + 1 },
        problem: "min f(x) + (1/λ)Σ λxᵢ log(λxᵢ) s.t. x ≥ 0, Σxᵢ = 1/λ (simplex + entropy)", separable: false,
        transcendental: true)

    /// The catalogue, in the order of theory.md §2 (ℓp at p = 3 and p = 3/2).
    public static let catalogue: [Kappa] = [
        .l1, .l2, .lp(3), .lp(Rational(3, 2)), .halfSquared, .relu, .huber(1), .l1PlusHalfSquared, .logSumExp,
    ]

    public static func named(_ name: String) -> Kappa? { catalogue.first { $0.name == name } }

    // MARK: - User-defined κ

    /// A user-defined κ from K as an expression of the vector symbol `variable`. ∇K is
    /// derived with the DSL derivative (implementation convention: sign(0) = 0) unless given;
    /// K* defaults to "unknown": pass it (with its domain) to run the conjugate checks.
    ///
    /// The pieces are not trusted: the κ checks (`KappaChecks`) verify each of them.
    public static func custom(
        name: String, K k: Expr, variable: Symbol, gradient: Expr? = nil,
        conjugate: Expr? = nil, conjugateVariable: Symbol? = nil, conjugateDomain: Constraint = .true,
        hasIndicator: Bool = false, conjugateGradient: Expr? = nil, problem: String = "user-defined", separable: Bool = false
    ) throws -> Kappa {
        guard variable.isVector else { throw KappaError(message: "K must be a function of a vector symbol") }
        guard !k.isVector else { throw KappaError(message: "K must be a scalar expression") }
        let grad: Expr
        if let g = gradient {
            grad = g
        } else {
            do {
                grad = try k.derivative(withRespectTo: variable, convention: .implementation).expr
            } catch {
                throw KappaError(message: "cannot derive ∇K: \(error)")
            }
        }
        let y: Symbol = conjugateVariable ?? variable
        var cgMap: (@Sendable (Expr) -> Expr)? = nil
        if let cg = conjugateGradient {
            cgMap = { (v: Expr) -> Expr in cg.substituting([y: v]) }
        }
        let conj: Expr = conjugate ?? Expr(0)
        let transcendental = isTranscendental(k) || isTranscendental(grad)
        return Kappa(
            name: name, title: name,
            K: { v in k.substituting([variable: v]) },
            gradient: { v in grad.substituting([variable: v]) },
            conjugate: { v in conj.substituting([y: v]) },
            conjugateDomain: { v in conjugateDomain.substituting([y: v]) },
            hasIndicator: hasIndicator,
            conjugateGradient: cgMap,
            problem: problem, separable: separable, transcendental: transcendental)
    }
}

/// Whether an expression uses exp or log.
func isTranscendental(_ e: Expr) -> Bool {
    e.node.contains(where: { n in
        switch n.op {
        case .exp, .log: return true
        default: return false
        }
    })
}

/// Why a user-defined κ given as text could not be built: the piece ("K", "grad",
/// "conjugate", "domain") and the message (with the column for a syntax error).
public struct KappaTextError: Error, Sendable, CustomStringConvertible {
    /// Which piece: "K", "grad", "conjugate" or "domain".
    public let piece: String
    /// The parse error, when the text did not parse.
    public let parseError: ParseError?
    public let message: String
    public var description: String { message }

    public init(piece: String, parseError: ParseError?, message: String) {
        self.piece = piece
        self.parseError = parseError
        self.message = message
    }
}

extension Kappa {
    /// A user-defined κ from text (used by `lionk kappa check --K …` and by claim files):
    /// K and ∇K are expressions of the vector `variable`, K* and its domain of the vector
    /// `conjugateVariable`; `symbols` may declare parameters they use. ∇K is derived when
    /// not given; with `deriveConjugateGradient`, ∇K* is derived from the given K* (when
    /// it can be), else left unset (x̃ = 0).
    public static func parse(
        name: String = "user", K kText: String, variable: String = "x", gradient gText: String? = nil,
        conjugate cText: String? = nil, conjugateVariable: String = "y", domain dText: String? = nil,
        symbols: SymbolTable = SymbolTable(), deriveConjugateGradient: Bool = false
    ) throws(KappaTextError) -> Kappa {
        let x = Symbol.vector(variable)
        let y = Symbol.vector(conjugateVariable)
        var tx = symbols
        tx.declare(x)
        var ty = symbols
        ty.declare(y)
        func parse(_ t: String, _ piece: String, _ table: SymbolTable) throws(KappaTextError) -> Expr {
            do { return try Parser.expression(t, symbols: table) } catch {
                throw KappaTextError(piece: piece, parseError: error, message: "column \(error.column): \(error.message)")
            }
        }
        let k = try parse(kText, "K", tx)
        guard !k.isVector else { throw KappaTextError(piece: "K", parseError: nil, message: "K must be a scalar expression, got a vector") }
        let g = try gText.map { (t: String) throws(KappaTextError) -> Expr in try parse(t, "grad", tx) }
        let conj = try cText.map { (t: String) throws(KappaTextError) -> Expr in try parse(t, "conjugate", ty) }
        if let c = conj, c.isVector {
            throw KappaTextError(piece: "conjugate", parseError: nil, message: "K* must be a scalar expression, got a vector")
        }
        var dom = Constraint.true
        if let d = dText {
            do { dom = try Parser.constraint(d, symbols: ty) } catch {
                throw KappaTextError(piece: "domain", parseError: error, message: "column \(error.column): \(error.message)")
            }
        }
        var cg: Expr? = nil
        if deriveConjugateGradient, let c = conj {
            cg = try? c.derivative(withRespectTo: y, convention: .implementation).expr
        }
        do {
            return try custom(
                name: name, K: k, variable: x, gradient: g, conjugate: conj, conjugateVariable: y, conjugateDomain: dom,
                hasIndicator: dText != nil, conjugateGradient: cg)
        } catch {
            throw KappaTextError(piece: "K", parseError: nil, message: "\(error)")
        }
    }
}
