import Symbolic

/// Shrinks a failing claim while it still fails with the same cause: drops hypotheses,
/// definitions, unused names and options, lowers the dimension, and replaces subterms by
/// their children or by constants.
public struct Shrinker: Sendable {
    public var settings: CheckSettings
    /// At most this many candidate checks.
    public var maxAttempts: Int
    /// How a candidate is checked (the three oracles; tests plant their own).
    public var check: @Sendable (FClaim, CheckSettings, UInt64) -> ClaimReport

    public init(
        settings: CheckSettings, maxAttempts: Int = 120,
        check: @escaping @Sendable (FClaim, CheckSettings, UInt64) -> ClaimReport = { Fuzzer.check($0, settings: $1, sampleSeed: $2) }
    ) {
        self.settings = settings
        self.maxAttempts = maxAttempts
        self.check = check
    }

    /// The smallest failing claim found and its report.
    public func shrink(_ report: ClaimReport, cause: Cause, sampleSeed: UInt64) -> ClaimReport {
        var best = report
        var attempts = 0
        var progress = true
        while progress && attempts < maxAttempts {
            progress = false
            for candidate in Self.candidates(best.claim) where attempts < maxAttempts {
                attempts += 1
                let r = check(candidate, settings, sampleSeed)
                if r.findings.contains(where: { $0.cause == cause }) {
                    best = r
                    progress = true
                    break
                }
            }
        }
        return best
    }

    /// One-step simplifications, smallest-first in spirit: whole parts before subterms.
    static func candidates(_ c: FClaim) -> [FClaim] {
        var out: [FClaim] = []
        func with(_ f: (inout FClaim) -> Void) {
            var d = c
            f(&d)
            if d != c { out.append(d) }
        }
        for i in c.hypotheses.indices { with { $0.hypotheses.remove(at: i) } }
        for i in c.definitions.indices { with { $0.definitions.remove(at: i) } }
        if c.options.subgradientAny { with { $0.options.subgradientAny = false } }
        if !c.options.without.isEmpty { with { $0.options.without = [] } }
        switch c.dim {
        case .any: for d in [1, 2, 3] { with { $0.dim = .fixed([d]) } }
        case .fixed(let ds) where ds.count > 1: for d in ds { with { $0.dim = .fixed([d]) } }
        case .fixed(let ds): if let d = ds.first, d > 1 { with { $0.dim = .fixed([d - 1]) } }
        }
        if c.kind == .exists { with { $0.kind = .forall } }
        let used = c.usedNames
        for i in c.params.indices where !used.contains(c.params[i].name) { with { $0.params.remove(at: i) } }
        for i in c.variables.indices where !used.contains(c.variables[i].name) { with { $0.variables.remove(at: i) } }
        for i in c.params.indices where c.params[i].domain.exactValue == nil {
            for v in Sampler.candidates(c.params[i].domain).prefix(2) { with { $0.params[i].domain = .exactly(v) } }
        }
        for g in conditionVariants(c.goal) { with { $0.goal = g } }
        for i in c.hypotheses.indices {
            for h in conditionVariants(c.hypotheses[i]) { with { $0.hypotheses[i] = h } }
        }
        for i in c.definitions.indices {
            for e in exprVariants(c.definitions[i].value) { with { $0.definitions[i].value = e } }
        }
        return out
    }

    static func exprVariants(_ e: FExpr) -> [FExpr] {
        var out: [FExpr] = e.children
        if case .ite(let cnd, _, _) = e {
            if case .cmp(_, let a, let b) = cnd { out += [a, b] }
        }
        switch e {
        case .num(let r): if r != 0 && r != 1 { out += [.num(0), .num(1)] }
        case .name, .coord: out.append(.num(0))
        default: out += [.num(0), .num(1)]
        }
        // Rebuild with one child simplified.
        func rebuild(_ i: Int, _ v: FExpr) -> FExpr {
            switch e {
            case .num, .name, .coord: return e
            case .neg: return .neg(v)
            case .sqrt: return .sqrt(v)
            case .sign: return .sign(v)
            case .abs: return .abs(v)
            case .relu: return .relu(v)
            case .pow(_, let k): return .pow(v, k)
            case .sum: return .sum(v)
            case .norm1: return .norm1(v)
            case .norm2: return .norm2(v)
            case .normInf: return .normInf(v)
            case .add(let a, let b): return i == 0 ? .add(v, b) : .add(a, v)
            case .sub(let a, let b): return i == 0 ? .sub(v, b) : .sub(a, v)
            case .mul(let a, let b): return i == 0 ? .mul(v, b) : .mul(a, v)
            case .div(let a, let b): return i == 0 ? .div(v, b) : .div(a, v)
            case .dot(let a, let b): return i == 0 ? .dot(v, b) : .dot(a, v)
            case .max(var xs):
                xs[i] = v
                return .max(xs)
            case .min(var xs):
                xs[i] = v
                return .min(xs)
            case .clip(let a, let b, let c): return i == 0 ? .clip(v, b, c) : i == 1 ? .clip(a, v, c) : .clip(a, b, v)
            case .ite(let cnd, let a, let b): return i == 0 ? .ite(cnd, v, b) : .ite(cnd, a, v)
            }
        }
        for (i, child) in e.children.enumerated() {
            for v in exprVariants(child) { out.append(rebuild(i, v)) }
        }
        if case .ite(let cnd, let a, let b) = e {
            for v in conditionVariants(cnd) { out.append(.ite(v, a, b)) }
        }
        if case .max(let xs) = e, xs.count > 2 { out.append(.max(Array(xs.dropLast()))) }
        if case .pow(let a, let k) = e, !k.isInteger { out.append(.pow(a, k.signum < 0 ? -1 : 2)) }
        return out
    }

    static func conditionVariants(_ c: FCond) -> [FCond] {
        switch c {
        case .cmp(let op, let a, let b):
            var out: [FCond] = []
            for v in exprVariants(a) { out.append(.cmp(op, v, b)) }
            for v in exprVariants(b) { out.append(.cmp(op, a, v)) }
            return out
        case .and(let p, let q):
            return [p, q] + conditionVariants(p).map { .and($0, q) } + conditionVariants(q).map { .and(p, $0) }
        case .or(let p, let q):
            return [p, q] + conditionVariants(p).map { .or($0, q) } + conditionVariants(q).map { .or(p, $0) }
        case .implies(let p, let q):
            return [q, .not(p)] + conditionVariants(p).map { .implies($0, q) } + conditionVariants(q).map { .implies(p, $0) }
        case .not(let p):
            return [p] + conditionVariants(p).map { .not($0) }
        }
    }
}

extension FClaim {
    /// Names used in definitions, hypotheses and goal.
    var usedNames: Set<String> {
        var s = Set<String>()
        func visit(_ e: FExpr) {
            switch e {
            case .name(let n), .coord(let n, _): s.insert(n)
            case .ite(let c, let a, let b):
                visitC(c)
                visit(a)
                visit(b)
            default: e.children.forEach(visit)
            }
        }
        func visitC(_ c: FCond) {
            switch c {
            case .cmp(_, let a, let b):
                visit(a)
                visit(b)
            case .and(let p, let q), .or(let p, let q), .implies(let p, let q):
                visitC(p)
                visitC(q)
            case .not(let p): visitC(p)
            }
        }
        definitions.forEach { visit($0.value) }
        hypotheses.forEach(visitC)
        visitC(goal)
        return s
    }
}
