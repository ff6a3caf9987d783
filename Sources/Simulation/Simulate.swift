import Dispatch
import Dynamics
import Foundation
public import Symbolic

/// Working precision of a run.
public enum Precision: String, Sendable, Codable, CaseIterable {
    case float
    case double
    /// Exact rationals (short runs, small d, κ with a rational ∇K, objectives with exact values).
    case exact
}

/// Where a run starts.
public enum InitialPoint: Sendable, Codable, Hashable {
    case zeros
    /// Uniform in [−scale, scale]ᵈ from SplitMix64(seed).
    case uniform(scale: Double)
    /// Every coordinate the same number.
    case constant(Rational)
    case values([Rational])
}

/// Everything a run needs (the objective is passed separately, as a value of any type).
public struct SimulationConfig: Sendable, Codable {
    /// The κ of the run, unless `custom` is set.
    public var kappa: KappaID
    /// A user-defined κ (K, ∇K, K*, dom K* as expressions): when set, the run uses it and
    /// `kappa` is not read.
    public var custom: CustomKappa?
    public var scheme: Scheme
    public var convention: MomentumConvention
    public var precision: Precision
    public var hyper: LionHyperParameters
    public var steps: Int
    /// Record every k-th step (and the first and last).
    public var recordEvery: Int
    public var initialX: InitialPoint
    public var initialM: InitialPoint
    public var seed: UInt64
    /// Record the iterate and momentum themselves when d ≤ this.
    public var recordVectorsUpTo: Int
    public var threads: Int
    /// L of an L-smooth objective: when set (paper convention), each record also carries the
    /// change of H over the step leading to it and the right-hand side of the §5 bound.
    public var smoothness: Rational?
    /// Keep the final x and m in the trajectory only when d ≤ this (nil: always). The
    /// command line keeps them up to d = 100,000; beyond, `finalX`/`finalM` are empty.
    public var finalVectorsUpTo: Int?
    /// Coordinates from which steps and records are split across `threads` (nil: 2¹⁷).
    public var parallelThreshold: Int?

    public init(
        kappa: KappaID = .l1, scheme: Scheme = .explicit, convention: MomentumConvention = .paper,
        precision: Precision = .double, hyper: LionHyperParameters = .defaults, steps: Int = 1000,
        recordEvery: Int = 1, initialX: InitialPoint = .zeros, initialM: InitialPoint = .zeros, seed: UInt64 = 0,
        recordVectorsUpTo: Int = 16, threads: Int = 2, smoothness: Rational? = nil, finalVectorsUpTo: Int? = nil,
        parallelThreshold: Int? = nil
    ) {
        self.kappa = kappa
        self.scheme = scheme
        self.convention = convention
        self.precision = precision
        self.hyper = hyper
        self.steps = steps
        self.recordEvery = recordEvery
        self.initialX = initialX
        self.initialM = initialM
        self.seed = seed
        self.recordVectorsUpTo = recordVectorsUpTo
        self.threads = threads
        self.smoothness = smoothness
        self.finalVectorsUpTo = finalVectorsUpTo
        self.parallelThreshold = parallelThreshold
    }

    /// The κ's name in reports and plots: the library name, or K written out.
    public var kappaName: String { custom?.name ?? kappa.name }
}

/// Why a run could not start.
public struct SimulationError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// One recorded step.
public struct TrajectoryRecord: Sendable, Codable, Hashable {
    public var step: Int
    public var f: Double
    /// The §5 Lyapunov function H(x, m) = f + (1/λ)K*(λx) + c(K*(λx) + K(m) − λ⟨m, x⟩) with
    /// m in the paper convention; nil where it is +∞ (λx outside dom K*) or λ = 0.
    public var H: Double?
    public var xInf: Double
    public var x2: Double
    public var mInf: Double
    public var m2: Double
    /// 1/λ (nil when λ = 0): the radius of the box/ball the κ constrains λx to.
    public var radius: Double?
    public var x: [Double]?
    public var m: [Double]?
    /// Exact values (exact runs only), as rational strings.
    public var exactX: [String]?
    public var exactF: String?
    /// H(x_t, m_t) − H(x_{t−1}, m_{t−1}) over the step leading here (needs `smoothness`).
    public var hChange: Double?
    /// −εΔ + (Lε²/2)‖∇K(m̃_t) − λx_t‖² of theory.md §5 for that step: the theorem (implicit
    /// scheme, L-smooth f, β1 ≤ β2) says hChange ≤ decreaseBound.
    public var decreaseBound: Double?
    /// y = λx against dom K* (nil when λ = 0): the smallest and largest yᵢ, Σ yᵢ, and the
    /// κ's own norm of y (‖y‖∞ for l1/huber, ‖y‖₂ for l2, ‖y‖_q for lp; nil for the others).
    public var lamXMin: Double?
    public var lamXMax: Double?
    public var lamXSum: Double?
    public var lamXNorm: Double?
    /// For a user-defined κ with a domain: whether y = λx satisfies it (nil otherwise).
    public var lamXInDomain: Bool?
}

extension TrajectoryRecord {
    mutating func setDomain(_ kappa: KappaID, lam: Double, _ c: ConjugateSums) {
        guard lam != 0 else { return }
        lamXMin = c.lo
        lamXMax = c.hi
        lamXSum = c.total
        switch kappa {
        case .l1, .huber: lamXNorm = Swift.max(Swift.abs(c.lo), Swift.abs(c.hi))
        case .l2: lamXNorm = c.sum.squareRoot()
        case .lp: lamXNorm = Foundation.pow(c.sum, 1 / kappa.conjugateParameter)
        default: break
        }
    }
}

/// A run: its configuration, what was optimised, and the records.
public struct Trajectory: Sendable, Codable {
    public var config: SimulationConfig
    public var objective: String
    public var gradientMethod: String
    public var dimension: Int
    /// c of theory.md §5 for these parameters (nil when the denominator vanishes).
    public var lyapunovC: Double?
    public var records: [TrajectoryRecord]
    public var finalX: [Double]
    public var finalM: [Double]
    public var finalExactX: [String]?
    /// What the run computed (nil in trajectories written before it was recorded).
    public var work: RunWork?
}

/// What a run computed, to check that records cost only where they are asked for.
public struct RunWork: Sendable, Codable, Hashable {
    /// Records computed: each is one pass over x and m (plus f(x) for `objectiveValues`).
    public var records: Int = 0
    /// Evaluations of f(x) through the objective (0 when f is summed in the record pass,
    /// as for `CenteredQuadratic`).
    public var objectiveValues: Int = 0
    /// Evaluations of ∇f(x) through the objective (0 when ∇f = x − c is computed inside the
    /// step, as for `CenteredQuadratic`).
    public var gradientCalls: Int = 0
    /// "fused" (∇f computed inside the step, no gradient vector) or "objective".
    public var gradient: String = "objective"
    public init() {}
}

/// c = εβ1 / (ελ(1−β1) + (1−β2)).
func lyapunovC(_ h: LionHyperParameters) -> Rational? {
    let den = h.eps * h.lam * (1 - h.beta1) + (1 - h.beta2)
    return den.isZero ? nil : h.eps * h.beta1 / den
}

/// H(x, m) of theory.md §5 in Double, m in the paper convention.
public func lyapunovH(kappa: KappaID, hyper: LionHyperParameters, f: Double, x: [Double], mPaper m: [Double]) -> Double? {
    guard !hyper.lam.isZero, let c = lyapunovC(hyper)?.doubleValue else { return nil }
    let lam = hyper.lam.doubleValue
    let ks = kappa.conjugate(x.map { lam * $0 })
    guard ks.isFinite else { return nil }
    var mx = 0.0
    for i in 0..<x.count { mx += m[i] * x[i] }
    return f + ks / lam + c * (ks + kappa.value(m) - lam * mx)
}

/// The right-hand side of theory.md §5 for one step, in Double:
/// −εΔ + (Lε²/2)‖∇K(m̃) − λx⁺‖², Δ = A⟨∇K(m̃) − λx⁺, m̃ − x̃⟩ + B·D_K(m, m̃), with
/// x̃ ∈ ∂K*(λx⁺): 0 for the indicator parts (valid inside dom K*), λx⁺ (half-sq), δλx⁺
/// (huber), λx⁺ − clip(λx⁺, −1, 1) (l1-plus-half-sq), 1 + log(λx⁺) (logsumexp).
/// nil when λ = 0, β1 = 1 or a denominator vanishes.
public func decreaseBound(kappa: KappaID, hyper: LionHyperParameters, smoothness L: Double,
                          m: [Double], mTilde mt: [Double], xNext xn: [Double]) -> Double? {
    let l = hyper.lam.doubleValue
    let y = xn.map { l * $0 }
    let xt: [Double]
    switch kappa {
    case .l1, .l2, .lp, .relu: xt = y.map { _ in 0 }
    case .halfSq: xt = y
    case .huber(let d): xt = y.map { d.doubleValue * $0 }
    case .l1PlusHalfSq: xt = y.map { $0 - min(max($0, -1), 1) }
    case .logsumexp:
        guard y.allSatisfy({ $0 > 0 }) else { return nil }
        xt = y.map { 1 + Foundation.log($0) }
    }
    return decreaseBound(hyper: hyper, smoothness: L, m: m, mTilde: mt, xNext: xn, gradient: kappa.gradient(mt), xTilde: xt,
                         value: { kappa.value($0) })
}

/// The same for any κ given by its pieces: s = ∇K(m̃), x̃ ∈ ∂K*(λx⁺) and K (nil where
/// undefined).
func decreaseBound(hyper: LionHyperParameters, smoothness L: Double, m: [Double], mTilde mt: [Double], xNext xn: [Double],
                   gradient s: [Double], xTilde xt: [Double], value K: ([Double]) -> Double?) -> Double? {
    let e = hyper.eps.doubleValue, l = hyper.lam.doubleValue, b1 = hyper.beta1.doubleValue, b2 = hyper.beta2.doubleValue
    let den = e * l * (1 - b1) + (1 - b2)
    guard l > 0, b1 < 1, den != 0 else { return nil }
    let A = (1 - b2 + e * l) / den
    let B = b1 * (1 - b2) / ((1 - b1) * den)
    let y = xn.map { l * $0 }
    var inner = 0.0, bregLin = 0.0, uu = 0.0
    for i in 0..<xn.count {
        let u = s[i] - y[i]
        inner += u * (mt[i] - xt[i])
        bregLin += s[i] * (m[i] - mt[i])
        uu += u * u
    }
    guard let km = K(m), let kmt = K(mt) else { return nil }
    let bregman = km - kmt - bregLin
    let delta = A * inner + B * bregman
    return -e * delta + L * e * e / 2 * uu
}

public enum Simulation {
    /// Runs Lion-κ on `objective` as configured; deterministic given the configuration.
    /// `progress(done, total)` is called from the calling thread about a thousand times over
    /// the run (never for every step), e.g. to draw a progress bar.
    public static func simulate(
        _ config: SimulationConfig, objective: any Objective, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(SimulationError) -> Trajectory {
        let d = objective.dimension
        guard d > 0 else { throw SimulationError("dimension must be positive") }
        guard config.steps >= 0, config.recordEvery >= 1 else { throw SimulationError("steps ≥ 0 and recordEvery ≥ 1 required") }
        let every = max(1, config.steps / 1000)
        let report: (Int) -> Void = { t in if t % every == 0 || t == config.steps { progress?(t, config.steps) } }
        if let custom = config.custom {
            let kappa: CompiledKappa
            do { kappa = try custom.compiled() } catch { throw SimulationError("the κ: \(error.piece): \(error.message)") }
            return try runCustom(config, kappa, objective, report)
        }
        switch config.precision {
        case .float: return try run(Float.self, config, objective, report)
        case .double: return try run(Double.self, config, objective, report)
        case .exact:
            let x0 = try start(config.initialX, d, seed: config.seed)
            let m0 = try start(config.initialM, d, seed: config.seed &+ 0x5EED)
            return try runExact(config, objective, x0, m0, report)
        }
    }

    /// The start in the working precision, built directly (never through rationals): the
    /// same numbers as `start` converted, e.g. uniform coordinates are rounded to Float first.
    static func startVector<T: SimScalar>(_ p: InitialPoint, _ d: Int, seed: UInt64) throws(SimulationError) -> [T] {
        switch p {
        case .zeros: return [T](repeating: 0, count: d)
        case .constant(let c): return [T](repeating: T(rational: c), count: d)
        case .values(let v):
            guard v.count == d else { throw SimulationError("initial point has \(v.count) coordinates, expected \(d)") }
            return v.map { T(rational: $0) }
        case .uniform(let scale):
            // SplitMix64 is a counter: draw i comes from the state seed + i·γ, so the two
            // halves of a large start are drawn in parallel and give the sequential stream.
            let chunks = d >= 1 << 20 ? 2 : 1
            return [T](unsafeUninitializedCapacity: d) { buf, count in
                let out = SendablePointer(p: buf.baseAddress!)
                let fill: @Sendable (Int) -> Void = { c in
                    let lo = d * c / chunks, hi = d * (c + 1) / chunks
                    var rng = SplitMix64(seed: seed &+ UInt64(lo) &* 0x9E37_79B9_7F4A_7C15)
                    for i in lo..<hi { (out.p + i).initialize(to: T(Double(Float((rng.unit() * 2 - 1) * scale)))) }
                }
                if chunks == 1 { fill(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: fill) }
                count = d
            }
        }
    }

    static func start(_ p: InitialPoint, _ d: Int, seed: UInt64) throws(SimulationError) -> [Rational] {
        switch p {
        case .zeros: return Array(repeating: 0, count: d)
        case .constant(let c): return Array(repeating: c, count: d)
        case .values(let v):
            guard v.count == d else { throw SimulationError("initial point has \(v.count) coordinates, expected \(d)") }
            return v
        case .uniform(let scale):
            var rng = SplitMix64(seed: seed)
            // Dyadic rationals (exact in Float when scale is a power of two).
            return (0..<d).map { _ in
                let u = (rng.unit() * 2 - 1) * scale
                return Rational(exactly: Double(Float(u))) ?? 0
            }
        }
    }

    /// A record from arrays (exact runs; the floating runs use `streamedRecord`).
    static func record(_ step: Int, _ config: SimulationConfig, _ f: Double, _ xd: [Double], _ md: [Double]) -> TrajectoryRecord {
        let mPaper = config.convention == .paper ? md : md.map { -$0 }
        let h = lyapunovH(kappa: config.kappa, hyper: config.hyper, f: f, x: xd, mPaper: mPaper)
        let small = xd.count <= config.recordVectorsUpTo
        let rec = TrajectoryRecord(
            step: step, f: f, H: h,
            xInf: xd.reduce(0) { max($0, abs($1)) }, x2: xd.reduce(0) { $0 + $1 * $1 }.squareRoot(),
            mInf: md.reduce(0) { max($0, abs($1)) }, m2: md.reduce(0) { $0 + $1 * $1 }.squareRoot(),
            radius: config.hyper.lam.isZero ? nil : 1 / config.hyper.lam.doubleValue,
            x: small ? xd : nil, m: small ? md : nil)
        let lam = config.hyper.lam.doubleValue
        var r = rec
        r.setDomain(config.kappa, lam: lam, config.kappa.withTerms(ConjugateSumsOf(y: xd.map { lam * $0 }, q: config.kappa.conjugateParameter)))
        return r
    }

    /// A floating run: ½‖x − c‖² (`CenteredQuadratic`) gets the fused path — ∇f inside the
    /// step, f inside the record pass, no gradient vector — any other objective its own
    /// `value`/`gradient` with a gradient buffer.
    static func run<T: SimScalar>(
        _: T.Type, _ config: SimulationConfig, _ objective: any Objective, _ report: (Int) -> Void = { _ in }
    ) throws(SimulationError) -> Trajectory {
        if let q = objective as? CenteredQuadratic {
            switch q.center {
            case .constant(let c): return try loop(T.self, config, q, ConstantCenter(c: c.doubleValue), report)
            case .alternating(let a, let b):
                return try loop(T.self, config, q, AlternatingCenter(even: a.doubleValue, odd: b.doubleValue), report)
            case .values:
                let p = UnsafeMutablePointer<Double>.allocate(capacity: max(1, q.values.count))
                defer { p.deallocate() }
                _ = UnsafeMutableBufferPointer(start: p, count: q.values.count).initialize(from: q.values)
                return try loop(T.self, config, q, ArrayCenter(p: SendablePointer(p: p)), report)
            }
        }
        return try loop(T.self, config, objective, nil as ConstantCenter?, report)
    }

    static func loop<T: SimScalar, C: CenterSource>(
        _: T.Type, _ config: SimulationConfig, _ objective: any Objective, _ center: C?, _ report: (Int) -> Void
    ) throws(SimulationError) -> Trajectory {
        let d = objective.dimension
        var x: [T] = try startVector(config.initialX, d, seed: config.seed)
        var m: [T] = try startVector(config.initialM, d, seed: config.seed &+ 0x5EED)
        var g = [T](repeating: 0, count: center == nil ? d : 0)
        var scratch = [T](repeating: 0, count: config.kappa.isSeparable ? 0 : d)
        var stepper = LionStepper<T>(kappa: config.kappa, scheme: config.scheme, convention: config.convention, hyper: config.hyper)
        stepper.threads = config.threads
        if let p = config.parallelThreshold { stepper.parallelThreshold = max(1, p) }
        var work = RunWork()
        work.gradient = center == nil ? "objective" : "fused"
        var records: [TrajectoryRecord] = []
        let L = config.convention == .paper ? config.smoothness?.doubleValue : nil
        var pending: (H0: Double?, bound: Double?)? = nil
        func makeRecord(_ t: Int) -> TrajectoryRecord {
            var f: Double? = nil
            if center == nil {
                f = Double(objective.value(x))
                work.objectiveValues += 1
            }
            work.records += 1
            return x.withUnsafeMutableBufferPointer { xb in
                m.withUnsafeMutableBufferPointer { mb in
                    streamedRecord(t, config, f: f, center: center, x: xb.baseAddress!, m: mb.baseAddress!, count: d,
                                   parallelThreshold: stepper.parallelThreshold)
                }
            }
        }
        for t in 0...config.steps {
            let recorded = t % config.recordEvery == 0 || t == config.steps
            var current: TrajectoryRecord? = nil
            if recorded {
                var r = makeRecord(t)
                current = r
                if let p = pending {
                    if let h0 = p.H0, let h1 = r.H { r.hChange = h1 - h0 }
                    r.decreaseBound = p.bound
                }
                records.append(r)
            }
            pending = nil
            report(t)
            if t == config.steps { break }
            if center == nil {
                x.withUnsafeBufferPointer { xb in g.withUnsafeMutableBufferPointer { objective.gradient(xb, into: $0) } }
                work.gradientCalls += 1
            }
            // The §5 bound of the step into a recorded step (needs L): arrays in Double, at
            // those steps only.
            let track = L != nil && ((t + 1) % config.recordEvery == 0 || t + 1 == config.steps)
            var before: (H0: Double?, m: [Double], mt: [Double])? = nil
            if track {
                let h0 = (current ?? makeRecord(t)).H
                let gt: [T] = center == nil ? g : objective.gradient(x)
                let md = m.map { Double($0) }
                let b1 = config.hyper.beta1.doubleValue
                before = (h0, md, (0..<d).map { b1 * md[$0] - (1 - b1) * Double(gt[$0]) })
            }
            x.withUnsafeMutableBufferPointer { xb in
                m.withUnsafeMutableBufferPointer { mb in
                    scratch.withUnsafeMutableBufferPointer { sb in
                        if let center {
                            stepper.step(x: xb.baseAddress!, m: mb.baseAddress!, scratch: sb.baseAddress, count: d,
                                         gradient: CenteredGradient<T, C>(center: center))
                        } else {
                            g.withUnsafeMutableBufferPointer { gb in
                                stepper.step(x: xb.baseAddress!, m: mb.baseAddress!, scratch: sb.baseAddress, count: d,
                                             gradient: BufferGradient(g: SendablePointer(p: gb.baseAddress!)))
                            }
                        }
                    }
                }
            }
            if let b = before, let L {
                let bound = decreaseBound(kappa: config.kappa, hyper: config.hyper, smoothness: L, m: b.m, mTilde: b.mt,
                                          xNext: x.map { Double($0) })
                pending = (b.H0, bound)
            }
        }
        let keep = config.finalVectorsUpTo.map { d <= $0 } ?? true
        var t = Trajectory(
            config: config, objective: objective.name, gradientMethod: objective.gradientMethod, dimension: d,
            lyapunovC: lyapunovC(config.hyper)?.doubleValue, records: records,
            finalX: keep ? x.map { Double($0) } : [], finalM: keep ? m.map { Double($0) } : [], finalExactX: nil)
        t.work = work
        return t
    }

    static func runExact(
        _ config: SimulationConfig, _ objective: any Objective, _ x0: [Rational], _ m0: [Rational], _ report: (Int) -> Void = { _ in }
    ) throws(SimulationError) -> Trajectory {
        guard config.kappa.hasRationalGradient else {
            throw SimulationError("κ = \(config.kappa) has no rational gradient: the exact mode needs l1, half-squared, relu, huber or l1-half-squared")
        }
        let stepper = ExactLionStepper(kappa: config.kappa, scheme: config.scheme, convention: config.convention, hyper: config.hyper)
        var x = x0, m = m0
        var records: [TrajectoryRecord] = []
        for t in 0...config.steps {
            guard let f = objective.exactValue(x) else { throw SimulationError("\(objective.name) has no exact value at step \(t)") }
            if t % config.recordEvery == 0 || t == config.steps {
                var r = record(t, config, f.doubleValue, x.map(\.doubleValue), m.map(\.doubleValue))
                r.exactX = x.map(\.description)
                r.exactF = f.description
                records.append(r)
            }
            report(t)
            if t == config.steps { break }
            guard let g = objective.exactGradient(x), let next = stepper.step(x: x, m: m, g: g) else {
                throw SimulationError("\(objective.name) has no exact gradient at step \(t)")
            }
            (x, m) = next
        }
        return Trajectory(
            config: config, objective: objective.name, gradientMethod: objective.gradientMethod, dimension: objective.dimension,
            lyapunovC: lyapunovC(config.hyper)?.doubleValue, records: records,
            finalX: x.map(\.doubleValue), finalM: m.map(\.doubleValue), finalExactX: x.map(\.description))
    }
}
