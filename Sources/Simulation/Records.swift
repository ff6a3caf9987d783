import Dispatch
import Foundation
public import Dynamics
public import Symbolic

// One pass over (x, m) gives everything a record needs — f for a separable objective,
// K(m), K*(λx), ⟨m, x⟩, the norms — without copying the vectors: the record of a step at
// d = 10⁷ costs about as much as the step. `KappaID.value` and `.conjugate` are the
// same sums over an array, so there is one definition of K and K*.

/// The coordinate terms of K and K* for one κ (specialised by the compiler per κ).
/// K(m) = finish(Σ k(mᵢ)), K*(y) = finish(Σ conj(yᵢ)) inside dom K*.
protocol KappaTerms {
    /// K's sum is log Σ exp (accumulated online), not a plain sum.
    static var logSumExp: Bool { get }
    static func k(_ v: Double, _ p: Double) -> Double
    static func conj(_ y: Double, _ q: Double) -> Double
    /// The same for two coordinates (default: lane by lane).
    static func k2(_ v: Double2, _ p: Double) -> Double2
    static func conj2(_ y: Double2, _ q: Double) -> Double2
}

enum L1Terms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { Swift.abs(v) }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { 0 }
    @inline(__always) static func k2(_ v: Double2, _ p: Double) -> Double2 { lanesAbs(v) }
    @inline(__always) static func conj2(_ y: Double2, _ q: Double) -> Double2 { Double2() }
}
enum L2Terms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { v * v }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { y * y }
    @inline(__always) static func k2(_ v: Double2, _ p: Double) -> Double2 { v * v }
    @inline(__always) static func conj2(_ y: Double2, _ q: Double) -> Double2 { y * y }
}
enum LpTerms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { v == 0 ? 0 : Foundation.pow(Swift.abs(v), p) }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { y == 0 ? 0 : Foundation.pow(Swift.abs(y), q) }
}
enum HalfSqTerms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { v * v }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { y * y }
    @inline(__always) static func k2(_ v: Double2, _ p: Double) -> Double2 { v * v }
    @inline(__always) static func conj2(_ y: Double2, _ q: Double) -> Double2 { y * y }
}
enum ReluTerms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { Swift.max(v, 0) }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { 0 }
    @inline(__always) static func k2(_ v: Double2, _ p: Double) -> Double2 { lanesMax(v, Double2()) }
    @inline(__always) static func conj2(_ y: Double2, _ q: Double) -> Double2 { Double2() }
}
/// p = δ.
enum HuberTerms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ d: Double) -> Double {
        let a = Swift.abs(v)
        return a <= d ? v * v / (2 * d) : a - d / 2
    }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { y * y }
}
enum L1PlusHalfSqTerms: KappaTerms {
    static var logSumExp: Bool { false }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { Swift.abs(v) + v * v / 2 }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double {
        let e = Swift.max(Swift.abs(y) - 1, 0)
        return e * e / 2
    }
}
enum LogSumExpTerms: KappaTerms {
    static var logSumExp: Bool { true }
    @inline(__always) static func k(_ v: Double, _ p: Double) -> Double { 0 }
    @inline(__always) static func conj(_ y: Double, _ q: Double) -> Double { y > 0 ? y * Foundation.log(y) : 0 }
}

/// Partial sums for K(v) over some coordinates.
struct KappaSums {
    var sum = 0.0
    /// log-sum-exp only: the running maximum (sum is then Σ exp(vᵢ − max)).
    var max = -Double.infinity

    @inline(__always) mutating func add<K: KappaTerms>(_: K.Type, _ v: Double, _ p: Double) {
        if K.logSumExp {
            if v > max {
                sum = sum * Foundation.exp(max - v) + 1
                max = v
            } else {
                sum += Foundation.exp(v - max)
            }
        } else {
            sum += K.k(v, p)
        }
    }

    mutating func merge(_ o: KappaSums, logSumExp: Bool) {
        guard logSumExp else { sum += o.sum; return }
        let mx = Swift.max(max, o.max)
        if mx == -.infinity { return }
        sum = sum * Foundation.exp(max - mx) + o.sum * Foundation.exp(o.max - mx)
        max = mx
    }
}

/// Partial sums for K*(y) over some coordinates: the terms and the range of y.
struct ConjugateSums {
    var sum = 0.0
    var lo = Double.infinity
    var hi = -Double.infinity
    var total = 0.0
    var count = 0

    @inline(__always) mutating func add<K: KappaTerms>(_: K.Type, _ y: Double, _ q: Double) {
        sum += K.conj(y, q)
        lo = Swift.min(lo, y)
        hi = Swift.max(hi, y)
        total += y
    }

    mutating func merge(_ o: ConjugateSums) {
        sum += o.sum
        lo = Swift.min(lo, o.lo)
        hi = Swift.max(hi, o.hi)
        total += o.total
        count += o.count
    }
}

extension KappaID {
    /// The parameter K's terms take (p for lp, δ for huber).
    var termParameter: Double {
        switch self {
        case .lp(let p): return p.doubleValue
        case .huber(let d): return d.doubleValue
        default: return 0
        }
    }

    /// The parameter K*'s terms take (q = p/(p − 1) for lp).
    var conjugateParameter: Double {
        if case .lp(let p) = self { return (p / (p - 1)).doubleValue }
        return 0
    }

    /// K from its sums.
    func finishValue(_ s: KappaSums) -> Double {
        switch self {
        case .l1, .relu, .huber, .l1PlusHalfSq: return s.sum
        case .l2: return s.sum.squareRoot()
        case .lp(let p): return Foundation.pow(s.sum, 1 / p.doubleValue)
        case .halfSq: return s.sum / 2
        case .logsumexp: return s.max + Foundation.log(s.sum)
        }
    }

    /// K* from its sums; +∞ outside dom K* (indicator constraints checked with the relative
    /// tolerance `tol`, so that rounding on the boundary does not read as infeasible).
    func finishConjugate(_ s: ConjugateSums, tol: Double = 1e-9) -> Double {
        let slack = 1 + tol
        let supNorm = Swift.max(Swift.abs(s.lo), Swift.abs(s.hi))
        let none = s.count == 0
        switch self {
        case .l1: return none || supNorm <= slack ? 0 : .infinity
        case .l2: return s.sum.squareRoot() <= slack ? 0 : .infinity
        case .lp:
            return Foundation.pow(s.sum, 1 / conjugateParameter) <= slack ? 0 : .infinity
        case .halfSq: return s.sum / 2
        case .relu: return none || (s.lo >= -tol && s.hi <= slack) ? 0 : .infinity
        case .huber(let d):
            guard none || supNorm <= slack else { return .infinity }
            return d.doubleValue / 2 * s.sum
        case .l1PlusHalfSq: return s.sum
        case .logsumexp:
            guard none || s.lo >= -tol, Swift.abs(s.total - 1) <= tol * Swift.max(1, Double(s.count)) else { return .infinity }
            return s.sum
        }
    }

    /// Runs `body` with this κ's term type.
    func withTerms<V: KappaTermsVisitor>(_ v: V) -> V.Result {
        switch self {
        case .l1: return v.visit(L1Terms.self)
        case .l2: return v.visit(L2Terms.self)
        case .lp: return v.visit(LpTerms.self)
        case .halfSq: return v.visit(HalfSqTerms.self)
        case .relu: return v.visit(ReluTerms.self)
        case .huber: return v.visit(HuberTerms.self)
        case .l1PlusHalfSq: return v.visit(L1PlusHalfSqTerms.self)
        case .logsumexp: return v.visit(LogSumExpTerms.self)
        }
    }

    /// K(m) in Double.
    public func value(_ m: [Double]) -> Double {
        struct Sum: KappaTermsVisitor {
            let m: [Double], p: Double
            func visit<K: KappaTerms>(_: K.Type) -> KappaSums {
                var s = KappaSums()
                for v in m { s.add(K.self, v, p) }
                return s
            }
        }
        return finishValue(withTerms(Sum(m: m, p: termParameter)))
    }

    /// K*(y) in Double; +∞ outside dom K* (indicator constraints are checked with a relative
    /// tolerance `tol`, so that rounding on the boundary does not read as infeasible).
    public func conjugate(_ y: [Double], tol: Double = 1e-9) -> Double {
        return finishConjugate(withTerms(ConjugateSumsOf(y: y, q: conjugateParameter)), tol: tol)
    }
}

/// A generic operation on a κ's term type (Swift has no generic closures).
protocol KappaTermsVisitor {
    associatedtype Result
    func visit<K: KappaTerms>(_: K.Type) -> Result
}

/// Everything a record takes from (x, m), summed in one pass (Double).
struct RecordSums {
    /// Σ ½(xᵢ − cᵢ)² (separable objective only).
    var f = 0.0
    var xInf = 0.0, x2 = 0.0, mInf = 0.0, m2 = 0.0
    /// ⟨m, x⟩ with m in the paper convention.
    var mx = 0.0
    var k = KappaSums()
    var conj = ConjugateSums()

    mutating func merge(_ o: RecordSums, logSumExp: Bool) {
        f += o.f
        xInf = Swift.max(xInf, o.xInf)
        mInf = Swift.max(mInf, o.mInf)
        x2 += o.x2
        m2 += o.m2
        mx += o.mx
        k.merge(o.k, logSumExp: logSumExp)
        conj.merge(o.conj)
    }
}

typealias Double2 = SIMD2<Double>

// Lane-wise min, max and |·| written per lane: they compile to minsd/maxsd/andpd, where
// `pointwiseMin` and friends compiled to branches (mispredicted on random data).
@inline(__always) func lanesMin(_ a: Double2, _ b: Double2) -> Double2 { Double2(Swift.min(a[0], b[0]), Swift.min(a[1], b[1])) }
@inline(__always) func lanesMax(_ a: Double2, _ b: Double2) -> Double2 { Double2(Swift.max(a[0], b[0]), Swift.max(a[1], b[1])) }
@inline(__always) func lanesAbs(_ a: Double2) -> Double2 { Double2(a[0].magnitude, a[1].magnitude) }

/// The sums of `RecordSums` for two coordinates at a time (one SSE register each): the
/// range of x gives ‖x‖∞ and, scaled by λ, the range of y = λx that dom K* needs.
struct RecordLanes {
    var f = Double2(), xLo = Double2(repeating: .infinity), xHi = Double2(repeating: -.infinity), xSum = Double2()
    var x2 = Double2(), mInf = Double2(), m2 = Double2(), mx = Double2(), k = Double2(), c = Double2()
    /// log-sum-exp's K, per lane (online, scalar).
    var kA = KappaSums(), kB = KappaSums()

    @inline(__always)
    mutating func add<K: KappaTerms>(_: K.Type, _ xv: Double2, _ mv: Double2, _ cv: Double2?, _ lam: Double, _ p: Double, _ q: Double) {
        if let cv {
            let u = xv - cv
            f += 0.5 * u * u
        }
        xLo = lanesMin(xLo, xv)
        xHi = lanesMax(xHi, xv)
        xSum += xv
        x2 += xv * xv
        mInf = lanesMax(mInf, lanesAbs(mv))
        m2 += mv * mv
        mx += mv * xv
        if K.logSumExp {
            kA.add(K.self, mv[0], p)
            kB.add(K.self, mv[1], p)
        } else {
            k += K.k2(mv, p)
        }
        c += K.conj2(lam * xv, q)
    }

    func sums(count: Int, lam: Double, logSumExp: Bool) -> RecordSums {
        var s = RecordSums()
        s.f = f.sum()
        let lo = xLo.min(), hi = xHi.max()
        s.xInf = count == 0 ? 0 : Swift.max(Swift.abs(lo), Swift.abs(hi))
        s.x2 = x2.sum()
        s.mInf = mInf.max()
        s.m2 = m2.sum()
        s.mx = mx.sum()
        if logSumExp {
            s.k = kA
            s.k.merge(kB, logSumExp: true)
        } else {
            s.k.sum = k.sum()
        }
        s.conj.sum = c.sum()
        s.conj.lo = Swift.min(lam * lo, lam * hi)
        s.conj.hi = Swift.max(lam * lo, lam * hi)
        s.conj.total = lam * xSum.sum()
        s.conj.count = count
        return s
    }
}

extension KappaTerms {
    @inline(__always) static func k2(_ v: Double2, _ p: Double) -> Double2 { Double2(k(v[0], p), k(v[1], p)) }
    @inline(__always) static func conj2(_ y: Double2, _ q: Double) -> Double2 { Double2(conj(y[0], q), conj(y[1], q)) }
}

/// The record pass: one read of x and m, split across `threads` from `parallelThreshold` on.
struct RecordPass<T: SimScalar, C: CenterSource>: KappaTermsVisitor {
    let x: SendablePointer<T>, m: SendablePointer<T>
    let count: Int
    /// +1 (paper convention) or −1 (original: m tracks +∇f, so the paper's m is −m).
    let sign: Double
    let lam: Double
    /// The centre of ½‖x − c‖² when the objective is that (f is then summed here too).
    let center: C?
    let p: Double, q: Double
    let threads: Int
    let parallelThreshold: Int

    func visit<K: KappaTerms>(_: K.Type) -> RecordSums {
        let n = count
        let chunks = n >= parallelThreshold ? Swift.max(1, threads) : 1
        let parts = UnsafeMutablePointer<RecordSums>.allocate(capacity: chunks)
        parts.initialize(repeating: RecordSums(), count: chunks)
        defer { parts.deinitialize(count: chunks); parts.deallocate() }
        let ps = SendablePointer(p: parts)
        let x = self.x, m = self.m, sign = self.sign, lam = self.lam, center = self.center, p = self.p, q = self.q
        let body: @Sendable (Int) -> Void = { c in
            let lo = n * c / chunks, hi = n * (c + 1) / chunks
            var lanes = RecordLanes()
            let pairs = lo + (hi - lo) / 2 * 2
            @inline(__always) func sweep(_ center: C?) {
                var i = lo
                while i < pairs {
                    let xv = Double2(Double(x.p[i]), Double(x.p[i + 1]))
                    let mv = sign * Double2(Double(m.p[i]), Double(m.p[i + 1]))
                    lanes.add(K.self, xv, mv, center.map { Double2($0.at(i), $0.at(i + 1)) }, lam, p, q)
                    i += 2
                }
            }
            if let center { sweep(center) } else { sweep(nil) }
            var s = lanes.sums(count: pairs - lo, lam: lam, logSumExp: K.logSumExp)
            if pairs < hi {  // an odd last coordinate
                var one = RecordLanes()
                let xv = Double2(Double(x.p[pairs]), 0)
                let mv = Double2(sign * Double(m.p[pairs]), 0)
                one.add(K.self, xv, mv, center.map { Double2($0.at(pairs), 0) }, lam, p, q)
                // Lane 1 held zeros: drop its contributions (K's term of 0 is 0 for every
                // κ but log-sum-exp, whose lanes are kept apart).
                one.xLo[1] = .infinity
                one.xHi[1] = -.infinity
                one.kB = KappaSums()
                one.c[1] = 0
                one.k[1] = 0
                s.merge(one.sums(count: 1, lam: lam, logSumExp: K.logSumExp), logSumExp: K.logSumExp)
            }
            ps.p[c] = s
        }
        if chunks == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: body) }
        var total = parts[0]
        for c in 1..<chunks { total.merge(parts[c], logSumExp: K.logSumExp) }
        return total
    }
}

extension Simulation {
    /// One record from the state vectors, in one pass. `f` is the objective's value (nil:
    /// sum ½‖x − c‖² with `center`).
    static func streamedRecord<T: SimScalar, C: CenterSource>(
        _ step: Int, _ config: SimulationConfig, f: Double?, center: C?, x: UnsafeMutablePointer<T>, m: UnsafeMutablePointer<T>,
        count n: Int, parallelThreshold: Int = 1 << 17
    ) -> TrajectoryRecord {
        let kappa = config.kappa
        let lam = config.hyper.lam.doubleValue
        let pass = RecordPass<T, C>(
            x: SendablePointer(p: x), m: SendablePointer(p: m), count: n, sign: config.convention == .paper ? 1 : -1,
            lam: lam, center: f == nil ? center : nil, p: kappa.termParameter, q: kappa.conjugateParameter,
            threads: config.threads, parallelThreshold: parallelThreshold)
        let s = kappa.withTerms(pass)
        let fv = f ?? s.f
        var h: Double? = nil
        if !config.hyper.lam.isZero, let c = lyapunovC(config.hyper)?.doubleValue {
            let ks = kappa.finishConjugate(s.conj)
            if ks.isFinite { h = fv + ks / lam + c * (ks + kappa.finishValue(s.k) - lam * s.mx) }
        }
        var r = TrajectoryRecord(
            step: step, f: fv, H: h, xInf: s.xInf, x2: s.x2.squareRoot(), mInf: s.mInf, m2: s.m2.squareRoot(),
            radius: config.hyper.lam.isZero ? nil : 1 / lam)
        r.setDomain(kappa, lam: lam, s.conj)
        if n <= config.recordVectorsUpTo {
            r.x = (0..<n).map { Double(x[$0]) }
            r.m = (0..<n).map { Double(m[$0]) }
        }
        return r
    }
}

/// The conjugate's sums over a whole vector y, for any κ's terms (`Kappa.withTerms`).
struct ConjugateSumsOf: KappaTermsVisitor {
    let y: [Double], q: Double
    func visit<K: KappaTerms>(_: K.Type) -> ConjugateSums {
        var s = ConjugateSums()
        for v in y { s.add(K.self, v, q) }
        s.count = y.count
        return s
    }
}
