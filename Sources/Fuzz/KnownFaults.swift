import Symbolic

/// Features of a failing claim that point at a fault class of issue 12, so that failures
/// can be grouped by probable cause (not only by symptom) and each group shrunk on its own.
/// A tag is a hint for the reader of the report, not a verdict: "other" means none applies.
public enum KnownFaults {
    /// In order of priority: the first tag is the claim's group.
    public static func tags(_ r: ClaimReport) -> [String] {
        let c = r.claim
        var tags: [String] = []
        let maxCoord = c.maxCoordinate
        let checked = r.lionk.dimensionsChecked + (r.lionk.point.map { [$0.dimension] } ?? [])
        if maxCoord > 0, let low = checked.min(), low < maxCoord { tags.append("coordinate-beyond-d") }
        if maxCoord > 0 && r.lionk.provedForAllDimensions && c.mentionsVectors { tags.append("coordinate-with-every-d") }
        if c.mentions({ if case .clip(_, .num(let lo), .num(let hi)) = $0 { lo > hi } else { false } }) { tags.append("reversed-clip-bounds") }
        if c.mentions({
            switch $0 {
            case .div(_, .num(let z)): return z == 0
            case .pow(.num(let z), let k): return z == 0 && k.signum < 0
            default: return false
            }
        }) { tags.append("constant-division-by-zero") }
        if c.variables.contains(where: { ["aux_", "subgrad_", "abs_"].contains(where: $0.name.hasPrefix) }) { tags.append("engine-fresh-name") }
        if c.options.subgradientAny && c.mentions({ if case .sign = $0 { true } else { false } }) { tags.append("subgradient-any") }
        if c.mentions({ if case .pow(_, let k) = $0 { k.signum < 0 && !k.isInteger } else { false } }) { tags.append("negative-fractional-power") }
        for w in c.options.without { tags.append("without-\(w)") }
        if c.mentions({ if case .div = $0 { true } else { false } }) { tags.append("division") }
        return tags.isEmpty ? ["other"] : tags
    }

    public static func group(_ r: ClaimReport) -> String { tags(r)[0] }
}

extension FClaim {
    /// Whether some subterm (definitions, hypotheses, goal) satisfies `p`.
    func mentions(_ p: (FExpr) -> Bool) -> Bool {
        func e(_ x: FExpr) -> Bool {
            if p(x) { return true }
            if case .ite(let k, let a, let b) = x { return cond(k) || e(a) || e(b) }
            return x.children.contains(where: e)
        }
        func cond(_ k: FCond) -> Bool {
            switch k {
            case .cmp(_, let a, let b): return e(a) || e(b)
            case .and(let p, let q), .or(let p, let q), .implies(let p, let q): return cond(p) || cond(q)
            case .not(let p): return cond(p)
            }
        }
        return definitions.contains { e($0.value) } || hypotheses.contains(where: cond) || cond(goal)
    }
}
