import Dynamics
import Symbolic

/// Oracle (iii): exact rational evaluation at random rational points.
enum Sampler {
    static let pool: [Rational] = [0, 1, -1, 2, -2, Rational(1, 2), Rational(-1, 2), 3, Rational(1, 3), Rational(-3, 2), 4, Rational(9, 10)]

    /// Candidate values of a parameter: its exact value, or closed ends and points inside.
    static func candidates(_ d: FDomain) -> [Rational] {
        if let v = d.exactValue { return [v] }
        var xs: [Rational] = []
        if let l = d.lower, d.lowerClosed { xs.append(l) }
        if let u = d.upper, d.upperClosed { xs.append(u) }
        if let l = d.lower, let u = d.upper { xs += [(l + u) / 2, l + (u - l) / 10, u - (u - l) / 10] }
        if let l = d.lower, d.upper == nil { xs += [l + 1, l + Rational(1, 2), l + 3] }
        if let u = d.upper, d.lower == nil { xs += [u - 1, u - Rational(1, 2), u - 3] }
        xs += pool.filter(d.contains)
        return xs.filter(d.contains)
    }

    /// Looks for a counterexample or an undefined point (∀), or a witness (∃), at `count`
    /// random points. Returns the first such point.
    static func search(_ c: ScalarClaim, kind: FKind, subgradientAny: Bool, rng: inout SplitMix64, count: Int)
        -> (verdict: PointVerdict, point: [String: Rational])?
    {
        let paramChoices = c.parameters.map { candidates($0.domain) }
        guard !paramChoices.contains(where: \.isEmpty) else { return nil }
        for _ in 0..<count {
            var point: [String: Rational] = [:]
            for (p, xs) in zip(c.parameters, paramChoices) { point[p.name] = rng.pick(xs) }
            let used = Array(point.values)
            for u in c.unknowns {
                // Sometimes equal to a parameter's value, so that differences vanish.
                point[u] = !used.isEmpty && rng.chance(15) ? rng.pick(used) : rng.pick(pool)
            }
            let v = PointCheck.judge(c, kind: kind, point: point, subgradientAny: subgradientAny)
            switch (kind, v) {
            case (.forall, .counterexample), (.forall, .undefined), (.exists, .witness): return (v, point)
            default: continue
            }
        }
        return nil
    }
}
