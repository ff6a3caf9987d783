import Foundation
public import Dynamics
public import Symbolic

/// A floating-point type the simulator runs in (Float or Double).
public protocol SimScalar: FloatingEvaluationScalar {}
extension Float: SimScalar {}
extension Double: SimScalar {}

/// The simulator's side of a κ (theory.md §2): its ∇K kernels (implementation convention at
/// kinks: sign(0) = 0, relu'(0) = 0, ∇‖0‖₂ = 0) and the conjugate K* used by H. The κ itself
/// is named by `KappaID` (Dynamics), the same type `verify` and `kappa` use.
extension KappaID {
    /// ∇K acts coordinate by coordinate (no reduction over the vector).
    public var isSeparable: Bool {
        switch self {
        case .l2, .lp, .logsumexp: return false
        default: return true
        }
    }

    /// ∇K maps rationals to rationals (the exact mode is available).
    public var hasRationalGradient: Bool { isSeparable }

    /// ∇K is odd (∇K(−x) = −∇K(x)): the original and paper sign conventions coincide.
    public var isOdd: Bool {
        switch self {
        case .relu, .logsumexp: return false
        default: return true
        }
    }
}

// MARK: - ∇K kernels (scalar, specialised per κ)

/// A coordinate-wise ∇K, specialised by the compiler for each κ.
protocol SeparableKernel {
    static func apply<T: SimScalar>(_ c: T, _ p: T) -> T
}

enum SignKernel: SeparableKernel {
    @inline(__always) static func apply<T: SimScalar>(_ c: T, _ p: T) -> T { c > 0 ? 1 : (c < 0 ? -1 : 0) }
}
enum IdentityKernel: SeparableKernel {
    @inline(__always) static func apply<T: SimScalar>(_ c: T, _ p: T) -> T { c }
}
enum ReluKernel: SeparableKernel {
    @inline(__always) static func apply<T: SimScalar>(_ c: T, _ p: T) -> T { c > 0 ? 1 : 0 }
}
/// p = 1/δ.
enum HuberKernel: SeparableKernel {
    @inline(__always) static func apply<T: SimScalar>(_ c: T, _ p: T) -> T { Swift.min(Swift.max(c * p, -1), 1) }
}
enum SignPlusIdentityKernel: SeparableKernel {
    @inline(__always) static func apply<T: SimScalar>(_ c: T, _ p: T) -> T { (c > 0 ? 1 : (c < 0 ? -1 : 0)) + c }
}

extension KappaID {
    /// ∇K(c) written into `out` (which may alias nothing); floating point.
    public func gradient<T: SimScalar>(_ c: [T]) -> [T] {
        var out = [T](repeating: 0, count: c.count)
        c.withUnsafeBufferPointer { cb in
            out.withUnsafeMutableBufferPointer { ob in gradient(cb, into: ob) }
        }
        return out
    }

    func gradient<T: SimScalar>(_ c: UnsafeBufferPointer<T>, into out: UnsafeMutableBufferPointer<T>) {
        let n = c.count
        switch self {
        case .l1: for i in 0..<n { out[i] = SignKernel.apply(c[i], 0) }
        case .halfSq: for i in 0..<n { out[i] = c[i] }
        case .relu: for i in 0..<n { out[i] = ReluKernel.apply(c[i], 0) }
        case .huber(let d):
            let p = T(rational: 1 / d)
            for i in 0..<n { out[i] = HuberKernel.apply(c[i], p) }
        case .l1PlusHalfSq: for i in 0..<n { out[i] = SignPlusIdentityKernel.apply(c[i], 0) }
        case .l2, .lp, .logsumexp:
            let r = reduction(c)
            for i in 0..<n { out[i] = nonSeparable(c[i], r) }
        }
    }

    /// The global quantity a non-separable ∇K needs: ‖c‖₂ (l2), ‖c‖_p^{p−1} (lp), or
    /// (max c, Σ exp(c − max)) (logsumexp). Computed in Double for accuracy.
    struct Reduction {
        var a: Double
        var b: Double
    }

    func reduction<T: SimScalar>(_ c: UnsafeBufferPointer<T>) -> Reduction {
        var r = partial(c)
        finish(&r)
        return r
    }

    /// A partial reduction over a chunk; combine with `combine`, then `finish`.
    func partial<T: SimScalar>(_ c: UnsafeBufferPointer<T>) -> Reduction {
        switch self {
        case .l2:
            var s = 0.0
            for v in c { let d = Double(v); s += d * d }
            return Reduction(a: s, b: 0)
        case .lp(let p):
            let pd = p.doubleValue
            var s = 0.0
            for v in c where v != 0 { s += Foundation.pow(Swift.abs(Double(v)), pd) }
            return Reduction(a: s, b: 0)
        case .logsumexp:
            var mx = -Double.infinity
            for v in c { mx = Swift.max(mx, Double(v)) }
            var s = 0.0
            for v in c { s += Foundation.exp(Double(v) - mx) }
            return Reduction(a: mx, b: s)
        default:
            return Reduction(a: 0, b: 0)
        }
    }

    func combine(_ x: Reduction, _ y: Reduction) -> Reduction {
        switch self {
        case .logsumexp:
            let mx = Swift.max(x.a, y.a)
            if mx == -.infinity { return x }
            return Reduction(a: mx, b: x.b * Foundation.exp(x.a - mx) + y.b * Foundation.exp(y.a - mx))
        default: return Reduction(a: x.a + y.a, b: 0)
        }
    }

    /// Turns summed partials into the value used per coordinate.
    func finish(_ r: inout Reduction) {
        switch self {
        case .l2: r.a = r.a.squareRoot()
        case .lp(let p):
            let pd = p.doubleValue
            r.a = Foundation.pow(r.a, (pd - 1) / pd)  // ‖c‖_p^{p−1}
        default: break
        }
    }

    @inline(__always) func nonSeparable<T: SimScalar>(_ v: T, _ r: Reduction) -> T {
        switch self {
        case .l2: return r.a > 0 ? T(Double(v) / r.a) : 0
        case .lp(let p):
            guard r.a > 0, v != 0 else { return 0 }
            let mag = Foundation.pow(Swift.abs(Double(v)), p.doubleValue - 1) / r.a
            return T(v > 0 ? mag : -mag)
        case .logsumexp: return T(Foundation.exp(Double(v) - r.a) / r.b)
        default: return 0
        }
    }

    // MARK: exact

    /// ∇K in exact arithmetic (nil for κ whose gradient leaves the rationals).
    public func exactGradient(_ c: [Rational]) -> [Rational]? {
        switch self {
        case .l1: return c.map { Rational($0.signum) }
        case .halfSq: return c
        case .relu: return c.map { $0 > 0 ? 1 : 0 }
        case .huber(let d): return c.map { Rational.min(Rational.max($0 / d, -1), 1) }
        case .l1PlusHalfSq: return c.map { Rational($0.signum) + $0 }
        case .l2, .lp, .logsumexp: return nil
        }
    }

    // K(m) and K*(y) in Double: Records.swift (the same sums as the record pass).
}

extension KappaID {
    /// dom K* as a condition on y = λx (theory.md §2), nil when dom K* is all of ℝᵈ
    /// (half-squared, l1-half-squared): outside it H = +∞.
    public var domainConstraint: String? {
        switch self {
        case .l1, .huber: return "‖λx‖∞ ≤ 1"
        case .l2: return "‖λx‖₂ ≤ 1"
        case .lp(let p): return "‖λx‖_q ≤ 1 with q = \(p / (p - 1))"
        case .relu: return "0 ≤ λxᵢ ≤ 1 for every i"
        case .logsumexp: return "λx in the probability simplex (λxᵢ ≥ 0, Σ λxᵢ = 1)"
        case .halfSq, .l1PlusHalfSq: return nil
        }
    }
}
