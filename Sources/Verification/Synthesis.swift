import Foundation
public import Symbolic

/// Synthesis of one unknown coefficient (docs/synthesis.md): for which values u ∈ [lo, hi] does
/// the ∀-claim hold? The answer is a list of regions of the search interval, each certified:
///
/// - **holds**: the claim with u restricted to the region, proved by `verify` (an interval, or
///   a point identified as the simplest rational of a narrow bracket);
/// - **fails**: one counterexample x* (exactly checked) and the region of u where x* stays a
///   counterexample — proved by a claim of its own in u alone ("for every u in the region,
///   x* satisfies the hypotheses and violates the goal"), or the single value u* of the model
///   when that cannot be shown;
/// - **undecided**: what is left (no proof and no counterexample within the budget or below
///   the tolerance).
///
/// Nothing is inferred between samples: a region is reported only with its certificate.
public struct SynthesisRegion: Sendable {
    public enum Kind: String, Sendable { case holds, fails, undecided }
    public var kind: Kind
    public var domain: ParameterDomain
    /// holds: the proof of the claim on the region; fails: the proof that x* fails on all of it.
    public var proof: VerificationResult?
    public var counterexample: Counterexample?
    /// How the region is certified, in words.
    public var certificate: String
    /// The claim `proof` proves (the claim restricted to the region, or the claim in the
    /// unknown alone that x* fails on it).
    public var proofClaim: Claim? = nil
    /// An irrational end (closed): the region starts (ends) at this root instead of at
    /// `domain`'s lower (upper) end, which is then the end of the root's bracket. Only the
    /// region's own text (`membership`) and `spans` say where it really ends; `domain`
    /// alone is a hull, and `valid`/`merged` leave such regions out.
    public var lowerRoot: QuadraticRoot? = nil
    public var upperRoot: QuadraticRoot? = nil

    /// "c ∈ [0, 9/10)", "c = √2", "c ∈ [161564/114243, √2]".
    public func membership(of name: String) -> String {
        // A root is a closed end of a holds region; the undecided rest beside it excludes it.
        SynthesisSpan(domain: domain, lowerRoot: lowerRoot, upperRoot: upperRoot).membership(of: name, closedAtRoots: kind == .holds)
    }
}

/// An interval of the valid set whose ends may be irrational roots (closed there).
public struct SynthesisSpan: Sendable, Equatable {
    public var domain: ParameterDomain
    public var lowerRoot: QuadraticRoot?
    public var upperRoot: QuadraticRoot?

    public init(domain: ParameterDomain, lowerRoot: QuadraticRoot? = nil, upperRoot: QuadraticRoot? = nil) {
        self.domain = domain
        self.lowerRoot = lowerRoot
        self.upperRoot = upperRoot
    }

    public func membership(of name: String, closedAtRoots: Bool = true) -> String {
        if lowerRoot == nil && upperRoot == nil { return domain.membership(of: name) }
        if let l = lowerRoot, l == upperRoot { return "\(name) = \(l)" }
        let lo = lowerRoot.map { (closedAtRoots ? "[" : "(") + "\($0)" } ?? (domain.lowerClosed ? "[" : "(") + (domain.lower.map { "\($0)" } ?? "-inf")
        let hi = upperRoot.map { "\($0)" + (closedAtRoots ? "]" : ")") } ?? (domain.upper.map { "\($0)" } ?? "inf") + (domain.upperClosed ? "]" : ")")
        return "\(name) ∈ \(lo), \(hi)"
    }
}

public struct SynthesisResult: Sendable {
    public var claim: String
    public var unknown: String
    public var range: ParameterDomain
    /// Sorted by lower end, covering the range.
    public var regions: [SynthesisRegion]
    public var verifications: Int
    public var seconds: Double
    /// The values where the claim holds (the union of the holds regions).
    public var valid: [ParameterDomain] { regions.filter { $0.kind == .holds && $0.lowerRoot == nil && $0.upperRoot == nil }.map(\.domain) }

    /// The holds regions joined where they touch, irrational ends included: the valid set.
    public var spans: [SynthesisSpan] {
        var out: [SynthesisSpan] = []
        for g in regions where g.kind == .holds {
            let s = SynthesisSpan(domain: g.domain, lowerRoot: g.lowerRoot, upperRoot: g.upperRoot)
            if var last = out.last {
                let touches: Bool
                if let r = last.upperRoot {
                    touches = s.lowerRoot == r
                } else if s.lowerRoot == nil, let lu = last.domain.upper, let dl = s.domain.lower {
                    touches = lu == dl && (last.domain.upperClosed || s.domain.lowerClosed)
                } else {
                    touches = false
                }
                if touches {
                    last.domain.upper = s.domain.upper
                    last.domain.upperClosed = s.domain.upperClosed
                    last.upperRoot = s.upperRoot
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(s)
        }
        return out
    }

    /// The holds regions joined where they touch (a union of proved regions is proved); the
    /// others are kept apart, each with its own certificate.
    public var merged: [ParameterDomain] {
        var out: [ParameterDomain] = []
        for d in valid {
            if var last = out.last, let lu = last.upper, let dl = d.lower, lu == dl, last.upperClosed || d.lowerClosed {
                last.upper = d.upper
                last.upperClosed = d.upperClosed
                out[out.count - 1] = last
            } else {
                out.append(d)
            }
        }
        return out
    }
}

extension ParameterDomain {
    /// The parts of this (bounded) interval outside `j` (⊆ self): at most two intervals.
    func removing(_ j: ParameterDomain) -> [ParameterDomain] {
        guard let l = lower, let u = upper, let jl = j.lower, let ju = j.upper else { return [] }
        var out: [ParameterDomain] = []
        let left = ParameterDomain(lower: l, lowerClosed: lowerClosed, upper: jl, upperClosed: !j.lowerClosed)
        let right = ParameterDomain(lower: ju, lowerClosed: !j.upperClosed, upper: u, upperClosed: upperClosed)
        if !left.isEmpty { out.append(left) }
        if !right.isEmpty { out.append(right) }
        return out
    }

    public func contains(_ v: Rational) -> Bool {
        if let l = lower, v < l || (v == l && !lowerClosed) { return false }
        if let u = upper, v > u || (v == u && !upperClosed) { return false }
        return true
    }
}

enum SimplestRational {
    /// The rational of smallest denominator (then smallest magnitude) in a bounded, non-empty
    /// interval, by the continued-fraction (Stern–Brocot) descent.
    static func `in`(_ d: ParameterDomain) -> Rational? {
        guard let l = d.lower, let u = d.upper, !d.isEmpty else { return nil }
        if l == u { return l }
        var best = between(l, u)
        for (v, closed) in [(l, d.lowerClosed), (u, d.upperClosed)] where closed {
            if let b = best, (v.denominator, v.magnitude) < (b.denominator, b.magnitude) { best = v }
        }
        return best
    }

    /// Simplest rational in the open interval (lo, hi), lo < hi; hi nil is +∞.
    static func between(_ lo: Rational, _ hi: Rational?) -> Rational? {
        if lo.signum < 0 {
            if hi.map({ $0.signum > 0 }) ?? true { return 0 }
            guard let h = hi else { return nil }
            return between(-h, -lo).map { -$0 }
        }
        let f = Rational(lo.floor)
        let next = f + 1
        if hi.map({ next < $0 }) ?? true { return next }
        // lo and hi lie in [f, f + 1]: f + 1/s with s the simplest in (1/(hi − f), 1/(lo − f)).
        guard let h = hi, let a = (h - f).reciprocal else { return nil }
        let b = (lo - f).reciprocal  // nil when lo = f: +∞
        guard let s = between(a, b), let inv = s.reciprocal else { return nil }
        return f + inv
    }
}

extension Engine {
    /// Synthesises the values of the parameter `unknown` in `range` for which `claim` (a
    /// ∀-claim) holds. `tolerance`: intervals narrower than it are not split further (their
    /// simplest rational is tried as a point). `maxVerifications` bounds the work.
    public func synthesize(
        _ claim: Claim, unknown: String, range: ParameterDomain, tolerance: Rational, maxVerifications: Int = 80,
        progress: (@Sendable (String) -> Void)? = nil
    ) throws(ClaimError) -> SynthesisResult {
        guard claim.kind == .forall else { throw ClaimError("synthesis needs a ∀-claim") }
        guard claim.parameters.contains(where: { $0.symbol.name == unknown }) else {
            throw ClaimError("'\(unknown)' is not a parameter of the claim")
        }
        guard range.lower != nil, range.upper != nil, !range.isEmpty else { throw ClaimError("the search interval for \(unknown) must be bounded and non-empty") }
        let start = Date()
        var sub = self
        sub.options.bisectionMinWidth = nil
        sub.options.progress = nil
        var regions: [SynthesisRegion] = []
        // narrow: already below the tolerance once; point: try its simplest rational first (the
        // remainder of a refutation, where a boundary is often a simple rational).
        var work: [(ParameterDomain, narrow: Bool, point: Bool)] = [(range, false, false)]
        var count = 0
        func restricted(_ d: ParameterDomain) -> Claim { claim.with(unknown, domain: d) }
        func verify(_ d: ParameterDomain) -> VerificationResult? {
            count += 1
            progress?("[\(count)] \(unknown) ∈ \(d)")
            return try? sub.verify(restricted(d))
        }
        /// Records the fails region of a counterexample found at u*; returns what is left.
        func fails(_ cx: Counterexample, at ustar: Rational, within interval: ParameterDomain) -> [ParameterDomain] {
            let (region, proof) = failingRegion(claim, unknown: unknown, cx: cx, at: ustar, within: interval)
            regions.append(
                SynthesisRegion(
                    kind: .fails, domain: region, proof: proof?.result, counterexample: cx,
                    certificate: proof != nil
                        ? "one counterexample (found at \(unknown) = \(ustar)) violates the claim for every \(unknown) ∈ \(region) (proved in \(unknown) alone)"
                        : "a counterexample at \(unknown) = \(ustar), checked exactly",
                    proofClaim: proof?.claim))
            return interval.removing(region)
        }
        while !work.isEmpty {
            let (interval, narrow, tryPoint) = work.removeFirst()
            if count >= maxVerifications || cancellation.isCancelled {
                regions.append(SynthesisRegion(kind: .undecided, domain: interval, certificate: "not examined: the budget of \(maxVerifications) verifications is spent"))
                continue
            }
            let w = interval.width ?? 0
            if w < tolerance && !w.isZero {
                // A narrow bracket: its simplest rational, as a point, once.
                if narrow {
                    regions.append(SynthesisRegion(kind: .undecided, domain: interval, certificate: "narrower than the tolerance \(tolerance); no certificate for it"))
                    continue
                }
                guard let r = SimplestRational.in(interval) else { continue }
                let point = ParameterDomain.exactly(r)
                if let res = verify(point), res.verdict.isProof {
                    regions.append(
                        SynthesisRegion(
                            kind: .holds, domain: point, proof: res, certificate: "proved at \(unknown) = \(r) (\(res.cases.count) cases)",
                            proofClaim: restricted(point)))
                    work += interval.removing(point).map { ($0, true, false) }
                    continue
                }
                work.append((interval, true, false))
                continue
            }
            if tryPoint, interval.exactValue == nil, let r = SimplestRational.in(interval) {
                let point = ParameterDomain.exactly(r)
                if let res = verify(point) {
                    if res.verdict.isProof {
                        regions.append(
                            SynthesisRegion(
                                kind: .holds, domain: point, proof: res,
                                certificate: "proved at \(unknown) = \(r) (\(res.verdict.name), \(res.cases.count) cases)", proofClaim: restricted(point)))
                        work += interval.removing(point).map { ($0, narrow, false) }
                        continue
                    }
                    if res.verdict == .refuted, let cx = res.counterexample, cx.isExactlyChecked {
                        work += fails(cx, at: r, within: interval).map { ($0, narrow, true) }
                        continue
                    }
                }
            }
            guard let res = verify(interval) else {
                regions.append(SynthesisRegion(kind: .undecided, domain: interval, certificate: "the claim could not be verified here"))
                continue
            }
            if res.verdict.isProof {
                regions.append(
                    SynthesisRegion(
                        kind: .holds, domain: interval, proof: res,
                        certificate: (interval.exactValue.map { "proved at \(unknown) = \($0)" } ?? "proved for every \(unknown) ∈ \(interval)")
                            + " (\(res.verdict.name), \(res.cases.count) cases)", proofClaim: restricted(interval)))
                continue
            }
            if res.verdict == .refuted, let cx = res.counterexample, cx.isExactlyChecked, let ustar = cx.values[.scalar(unknown)]?.rational {
                work += fails(cx, at: ustar, within: interval).map { ($0, narrow, true) }
                continue
            }
            // Unknown: split at the simplest rational of the middle third.
            if let l = interval.lower, let u = interval.upper {
                let third = (u - l) / 3
                let m = SimplestRational.in(ParameterDomain(lower: l + third, upper: u - third)) ?? (l + u) / 2
                let lo = ParameterDomain(lower: l, lowerClosed: interval.lowerClosed, upper: m, upperClosed: true)
                let hi = ParameterDomain(lower: m, lowerClosed: false, upper: u, upperClosed: interval.upperClosed)
                work += [(lo, narrow, false), (hi, narrow, false)]
            }
        }
        regions.sort { a, b in
            let la = a.domain.lower ?? 0, lb = b.domain.lower ?? 0
            return la != lb ? la < lb : (a.domain.lowerClosed && !b.domain.lowerClosed)
        }
        regions = identifyRoots(claim, unknown: unknown, regions: regions, tolerance: tolerance, count: &count, maxVerifications: maxVerifications, progress: progress)
        return SynthesisResult(
            claim: claim.name, unknown: unknown, range: range, regions: regions, verifications: count, seconds: Date().timeIntervalSince(start))
    }

    /// The region of u (within `interval`) where the counterexample x* stays one: guessed from
    /// the goal's margin when it is affine in u, then proved by a claim in u alone; else u*.
    func failingRegion(_ claim: Claim, unknown: String, cx: Counterexample, at ustar: Rational, within interval: ParameterDomain)
        -> (ParameterDomain, Certified?)
    {
        let point = ParameterDomain.exactly(ustar)
        let u = Symbol.scalar(unknown)
        guard let pf = PointFormula(claim, unknowns: [u], cx: cx) else { return (point, nil) }
        let goalNode = pf.goal
        // The margin lhs − rhs of the goal as a function of u: affine? Then its root bounds the region.
        var region = interval
        if [Op.le, .lt].contains(goalNode.op), goalNode.args.count == 2 {
            let margin = (Expr(goalNode.args[0]) - Expr(goalNode.args[1])).substituting(pf.fixed)
            func at(_ t: Rational) -> Rational? { try? margin.evaluateScalar([u: .scalar(t)]) }
            if let m0 = at(ustar), let m1 = at(ustar + 1), let m2 = at(ustar + 2), m1 - m0 == m2 - m1 {
                let k = m1 - m0
                let root = k.isZero ? ustar : ustar - m0 / k
                if k.signum > 0 {
                    region = interval.intersected(with: ParameterDomain(lower: root, lowerClosed: goalNode.op == .lt, upper: nil))
                } else if k.signum < 0 {
                    region = interval.intersected(with: ParameterDomain(lower: nil, upper: root, upperClosed: goalNode.op == .lt))
                }
            }
        }
        guard !region.isEmpty, region.contains(ustar) else { return (point, nil) }
        if region == point { return (point, nil) }
        // The certificate: for every u in the region, x* is a counterexample.
        guard let r = failsEverywhere(claim, cx: cx, box: [(unknown, region)], title: "\(unknown) ∈ \(region)") else { return (point, nil) }
        return (region, r)
    }
}
