import Dispatch
public import Dynamics
public import Symbolic

/// How the momentum is signed.
public enum MomentumConvention: String, Sendable, Codable, CaseIterable {
    /// theory.md §1: m tracks −∇f; m̃ = β1 m − (1−β1) g, x⁺ = x + ε(∇K(m̃) − λx).
    case paper
    /// Original Lion (Chen et al. 2023): m tracks +∇f; c = β1 m + (1−β1) g,
    /// x⁺ = x − ε(∇K(c) + λx). For odd ∇K this is the paper's algorithm with m ↦ −m.
    case original
}

/// Hyper-parameters of Lion-κ, exact (converted to the working precision once).
public struct LionHyperParameters: Sendable, Codable, Hashable {
    public var eps: Rational
    public var lam: Rational
    public var beta1: Rational
    public var beta2: Rational

    public init(eps: Rational, lam: Rational, beta1: Rational = Rational(9, 10), beta2: Rational = Rational(99, 100)) {
        self.eps = eps
        self.lam = lam
        self.beta1 = beta1
        self.beta2 = beta2
    }

    /// ε = 1/100, λ = 1/10, β = 0.9/0.99 (the defaults of theory.md §5).
    public static let defaults = LionHyperParameters(eps: Rational(1, 100), lam: Rational(1, 10))
}

/// The six numbers of one step: c = b1·m + q1·g, x⁺ = ax·x + ed·∇K(c), m⁺ = b2·m + q2·g.
struct StepCoefficients<T: SimScalar> {
    var b1, q1, b2, q2, ax, ed: T

    init(_ h: LionHyperParameters, scheme: Scheme, convention: MomentumConvention) {
        let e = exactCoefficients(h, scheme: scheme, convention: convention)
        b1 = T(rational: e.b1); q1 = T(rational: e.q1); b2 = T(rational: e.b2)
        q2 = T(rational: e.q2); ax = T(rational: e.ax); ed = T(rational: e.ed)
    }
}

func exactCoefficients(_ h: LionHyperParameters, scheme: Scheme, convention: MomentumConvention)
    -> (b1: Rational, q1: Rational, b2: Rational, q2: Rational, ax: Rational, ed: Rational)
{
    let sigma: Rational = convention == .paper ? -1 : 1
    let shrink: Rational = scheme == .explicit ? 1 : 1 / (1 + h.eps * h.lam)
    let ax = scheme == .explicit ? 1 - h.eps * h.lam : shrink
    return (h.beta1, sigma * (1 - h.beta1), h.beta2, sigma * (1 - h.beta2), ax, -sigma * h.eps * shrink)
}

/// A pointer that may cross into the worker closures (each worker touches its own range).
struct SendablePointer<T>: @unchecked Sendable {
    let p: UnsafeMutablePointer<T>
}

/// One Lion-κ step over contiguous buffers: fused single pass for separable κ, two passes
/// (reduction, then update) for ℓ2, ℓp and logsumexp. Above `parallelThreshold`
/// coordinates the range is split across `threads` workers.
public struct LionStepper<T: SimScalar>: Sendable {
    public var kappa: KappaID
    public var scheme: Scheme
    public var convention: MomentumConvention
    public var hyper: LionHyperParameters
    /// Coordinates from which the step runs on several threads.
    public var parallelThreshold: Int = 1 << 17
    public var threads: Int = 2
    let k: StepCoefficients<T>

    public init(kappa: KappaID, scheme: Scheme = .explicit, convention: MomentumConvention = .paper, hyper: LionHyperParameters) {
        self.kappa = kappa
        self.scheme = scheme
        self.convention = convention
        self.hyper = hyper
        self.k = StepCoefficients(hyper, scheme: scheme, convention: convention)
    }

    /// x, m ← one step with gradient g. `scratch` (same length) is used by non-separable κ.
    public func step(x: inout [T], m: inout [T], g: [T], scratch: inout [T]) {
        let n = x.count
        precondition(m.count == n && g.count == n && scratch.count == n, "buffers of different lengths")
        x.withUnsafeMutableBufferPointer { xb in
            m.withUnsafeMutableBufferPointer { mb in
                g.withUnsafeBufferPointer { gb in
                    scratch.withUnsafeMutableBufferPointer { sb in
                        step(x: xb.baseAddress!, m: mb.baseAddress!, g: UnsafeMutablePointer(mutating: gb.baseAddress!),
                             scratch: sb.baseAddress!, count: n)
                    }
                }
            }
        }
    }

    /// The same on raw pointers (no allocation).
    public func step(x: UnsafeMutablePointer<T>, m: UnsafeMutablePointer<T>, g: UnsafeMutablePointer<T>,
                     scratch: UnsafeMutablePointer<T>, count n: Int) {
        step(x: x, m: m, scratch: scratch, count: n, gradient: BufferGradient(g: SendablePointer(p: g)))
    }

    /// One step whose gradient coordinate i is `gradient.at(i, x[i])` (x before the step):
    /// a buffer (`BufferGradient`) or a formula fused into the pass (`CenteredGradient`, so
    /// no gradient vector is stored or streamed). `scratch` is read only by non-separable κ.
    func step<G: GradientSource>(x: UnsafeMutablePointer<T>, m: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>?,
                                 count n: Int, gradient src: G) where G.Scalar == T {
        guard n > 0 else { return }
        let chunks = n >= parallelThreshold ? max(1, threads) : 1
        let xs = SendablePointer(p: x), ms = SendablePointer(p: m)
        let k = self.k
        let kappa = self.kappa
        @Sendable func range(_ c: Int) -> Range<Int> { (n * c / chunks)..<(n * (c + 1) / chunks) }
        func run(_ body: @Sendable (Int) -> Void) {
            if chunks == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: body) }
        }
        switch kappa {
        case .l1: run { c in fused(SignKernel.self, xs.p, ms.p, src, range(c), k, 0) }
        case .halfSq: run { c in fused(IdentityKernel.self, xs.p, ms.p, src, range(c), k, 0) }
        case .relu: run { c in fused(ReluKernel.self, xs.p, ms.p, src, range(c), k, 0) }
        case .huber(let d):
            let p = T(rational: 1 / d)
            run { c in fused(HuberKernel.self, xs.p, ms.p, src, range(c), k, p) }
        case .l1PlusHalfSq: run { c in fused(SignPlusIdentityKernel.self, xs.p, ms.p, src, range(c), k, 0) }
        case .l2, .lp, .logsumexp:
            guard let scratch else { preconditionFailure("κ = \(kappa) needs a scratch buffer") }
            let ss = SendablePointer(p: scratch)
            let parts = UnsafeMutablePointer<KappaID.Reduction>.allocate(capacity: chunks)
            defer { parts.deallocate() }
            let ps = SendablePointer(p: parts)
            run { c in
                let r = range(c)
                for i in r { ss.p[i] = k.b1 * ms.p[i] + k.q1 * src.at(i, xs.p[i]) }
                ps.p[c] = kappa.partial(UnsafeBufferPointer(start: ss.p + r.lowerBound, count: r.count))
            }
            var red = parts[0]
            for c in 1..<chunks { red = kappa.combine(red, parts[c]) }
            kappa.finish(&red)
            let total = red
            run { c in
                for i in range(c) {
                    let gi = src.at(i, xs.p[i])
                    let d = kappa.nonSeparable(ss.p[i], total)
                    xs.p[i] = k.ax * xs.p[i] + k.ed * d
                    ms.p[i] = k.b2 * ms.p[i] + k.q2 * gi
                }
            }
        }
    }
}

/// Where a step reads coordinate i of the gradient (x is that coordinate before the step).
protocol GradientSource: Sendable {
    associatedtype Scalar: SimScalar
    func at(_ i: Int, _ x: Scalar) -> Scalar
}

/// The gradient is a stored vector.
struct BufferGradient<T: SimScalar>: GradientSource {
    let g: SendablePointer<T>
    @inline(__always) func at(_ i: Int, _ x: T) -> T { g.p[i] }
}

/// The gradient of ½‖x − c‖², computed in the pass: x_i − c_i (in Double, rounded to T,
/// as `QuadraticObjective` does), c_i from a `CenterSource`.
struct CenteredGradient<T: SimScalar, C: CenterSource>: GradientSource {
    let center: C
    @inline(__always) func at(_ i: Int, _ x: T) -> T { T(Double(x) - center.at(i)) }
}

@inline(__always)
func fused<T: SimScalar, K: SeparableKernel, G: GradientSource>(
    _: K.Type, _ x: UnsafeMutablePointer<T>, _ m: UnsafeMutablePointer<T>, _ src: G,
    _ r: Range<Int>, _ k: StepCoefficients<T>, _ p: T
) where G.Scalar == T {
    let b1 = k.b1, q1 = k.q1, b2 = k.b2, q2 = k.q2, ax = k.ax, ed = k.ed
    for i in r {
        let xi = x[i], mi = m[i]
        let gi = src.at(i, xi)
        let c = b1 * mi + q1 * gi
        x[i] = ax * xi + ed * K.apply(c, p)
        m[i] = b2 * mi + q2 * gi
    }
}

/// One exact Lion-κ step in rational arithmetic (κ with a rational ∇K only).
public struct ExactLionStepper: Sendable {
    public var kappa: KappaID
    public var scheme: Scheme
    public var convention: MomentumConvention
    public var hyper: LionHyperParameters

    public init(kappa: KappaID, scheme: Scheme = .explicit, convention: MomentumConvention = .paper, hyper: LionHyperParameters) {
        self.kappa = kappa
        self.scheme = scheme
        self.convention = convention
        self.hyper = hyper
    }

    /// The look-ahead c (m̃ in the paper convention) for momentum m and gradient g.
    public func lookahead(m: [Rational], g: [Rational]) -> [Rational] {
        let e = exactCoefficients(hyper, scheme: scheme, convention: convention)
        return zip(m, g).map { e.b1 * $0 + e.q1 * $1 }
    }

    /// (x⁺, m⁺); nil when ∇K is not rational for this κ.
    public func step(x: [Rational], m: [Rational], g: [Rational]) -> (x: [Rational], m: [Rational])? {
        let e = exactCoefficients(hyper, scheme: scheme, convention: convention)
        guard let d = kappa.exactGradient(lookahead(m: m, g: g)) else { return nil }
        let xn = zip(x, d).map { e.ax * $0 + e.ed * $1 }
        let mn = zip(m, g).map { e.b2 * $0 + e.q2 * $1 }
        return (xn, mn)
    }
}
