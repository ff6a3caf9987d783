/// Where an expression is defined: the one rule the evaluator, the simplifier and the
/// solver lowering share.
///
/// Def(n) for a node n:
/// - constants, symbols, `true`, `false`: defined.
/// - `t^k`, k an integer < 0 (this is how 1/t is written): Def(t) ∧ t ≠ 0. Integer k ≥ 0: Def(t).
/// - `t^(p/q)` not an integer: Def(t) ∧ t ≥ 0 when p/q > 0, Def(t) ∧ t > 0 when p/q < 0.
/// - `sqrt(t)`: Def(t) ∧ t ≥ 0. `log(t)`: Def(t) ∧ t > 0. `exp(t)`: Def(t).
/// - `clip(x, lo, hi)`: Def(x) ∧ Def(lo) ∧ Def(hi) ∧ lo ≤ hi. Reversed bounds are undefined,
///   never read as min(max(·)).
/// - `ite(c, a, b)`: Def(c) ∧ (c ⇒ Def(a)) ∧ (¬c ⇒ Def(b)) (guarded).
/// - `p ⇒ q`: Def(p) ∧ (p ⇒ Def(q)) (guarded).
/// - everything else — `and`, `or`, `not`, comparisons, `+ * max min abs sign relu`, sums,
///   norms, `dot` — is strict: every argument must be defined. (Strict `and`/`or` is
///   deliberate: a claim proved under this reading is true under any other.)
/// - A vector expression is defined iff every coordinate is; a vector condition in a
///   definedness formula means "for every coordinate", like every vector comparison.
/// - A claim (parameter domains, hypotheses H1…Hn, goal G) is defined iff every Hi is
///   defined wherever the domains hold, and G is defined wherever the domains and all Hi hold.
///
/// The formulas built here conjoin every atomic condition on t with Def(t), written
/// `Def(t) ∧ (Def(t) ⇒ cond(t))`: the formula is itself defined everywhere under the rule
/// above (the guarded ⇒ never evaluates cond(t) where t is undefined), and a solver that
/// gives undefined subterms arbitrary values still reads the right truth value.
public enum Definedness {
    /// The kind of an atomic condition of a partial operation on its term t.
    public enum Kind: Hashable, Sendable, CustomStringConvertible {
        /// t ≠ 0 (a negative integer power).
        case nonzero
        /// t ≥ 0 (sqrt, a positive non-integer power).
        case nonnegative
        /// t > 0 (log, a negative non-integer power).
        case positive
        /// lo ≤ hi of a clip, as the term hi − lo ≥ 0.
        case ordered

        public var description: String {
            switch self {
            case .nonzero: return "≠ 0"
            case .nonnegative: return "≥ 0"
            case .positive: return "> 0"
            case .ordered: return "lo ≤ hi"
            }
        }
    }

    /// The atomic condition a partial operation at `n` puts on its argument, if any
    /// (without Def of the argument). Syntactically safe arguments (|t|, t², exp t, a
    /// positive constant, …) need none.
    static func condition(_ n: Node) -> (kind: Kind, term: Node)? {
        switch n.op {
        case .power(let e):
            let t = n.args[0]
            if e.isInteger {
                if e.signum >= 0 || isPositive(t) { return nil }
                return (.nonzero, t)
            }
            if e.signum > 0 { return isNonnegative(t) ? nil : (.nonnegative, t) }
            return isPositive(t) ? nil : (.positive, t)
        case .sqrt:
            return isNonnegative(n.args[0]) ? nil : (.nonnegative, n.args[0])
        case .log:
            return isPositive(n.args[0]) ? nil : (.positive, n.args[0])
        case .clip:
            let (lo, hi) = (n.args[1], n.args[2])
            if let l = lo.constantValue, let h = hi.constantValue, l <= h { return nil }
            if lo === hi { return nil }
            do {
                return (.ordered, try Build.sub(hi, lo))
            } catch {
                preconditionFailure("hi − lo of a well-formed clip failed: \(error)")
            }
        default:
            return nil
        }
    }

    /// Whether the operation `op` over `args` has no condition of its own (used by `Node`).
    static func isTotalOperation(_ op: Op, _ args: [Node]) -> Bool {
        switch op {
        case .power(let e):
            if e.isInteger { return e.signum >= 0 || isPositive(args[0]) }
            return e.signum > 0 ? isNonnegative(args[0]) : isPositive(args[0])
        case .sqrt: return isNonnegative(args[0])
        case .log: return isPositive(args[0])
        case .clip:
            if let l = args[1].constantValue, let h = args[2].constantValue { return l <= h }
            return args[1] === args[2]
        default: return true
        }
    }

    /// Syntactically ≥ 0 wherever defined: a constant ≥ 0, |t|, relu, norms, exp, sqrt, an
    /// even power or a non-integer power.
    static func isNonnegative(_ t: Node) -> Bool {
        switch t.op {
        case .constant(let c): return c.signum >= 0
        case .abs, .relu, .norm1, .norm2, .normInf, .normP, .exp, .sqrt: return true
        case .power(let e): return !e.isInteger || (e.intValue.map { $0 % 2 == 0 } ?? false) || isNonnegative(t.args[0])
        default: return false
        }
    }

    /// Syntactically > 0 wherever defined: a constant > 0, exp, a power of such.
    static func isPositive(_ t: Node) -> Bool {
        switch t.op {
        case .constant(let c): return c.signum > 0
        case .exp: return true
        case .power: return isPositive(t.args[0])
        default: return false
        }
    }

    /// Every atomic condition of every partial operation in `n` (each distinct pair once,
    /// children before parents). Conditions under an `ite` branch or the right side of ⇒ are
    /// listed too, without their guards.
    public static func atomicConditions(_ n: Node) -> [(kind: Kind, term: Node)] {
        var out: [(kind: Kind, term: Node)] = []
        var seen = Set<[Int]>()
        n.postOrder { m in
            guard !m.isTotal, let c = condition(m) else { return }
            let key = [c.term.id, c.kind.hashValue]
            if seen.insert(key).inserted { out.append(c) }
        }
        return out
    }

    /// The condition `kind` on `t` as a Bool node (vector t: for every coordinate).
    public static func atom(_ kind: Kind, _ t: Node) throws(ShapeError) -> Node {
        switch kind {
        case .nonzero:
            // "t ≠ 0 in every coordinate" cannot be a vector ≠ (that is "some coordinate").
            if t.sort.isVector { return try Build.compare(.lt, Build.zero, Build.power(t, 2)) }
            return try Build.not(Build.compare(.eq, t, Build.zero))
        case .nonnegative, .ordered: return try Build.compare(.le, Build.zero, t)
        case .positive: return try Build.compare(.lt, Build.zero, t)
        }
    }

    /// `d ∧ (d ⇒ c)`, or just `c` when `d` is true: c read only where d holds.
    static func guarded(_ d: Node, _ c: Node) throws(ShapeError) -> Node {
        if case .boolean(true) = d.op { return c }
        return try Build.and([d, Build.implies(d, c)])
    }

    /// Def(n) as a Bool node, per the rule above. Works on vector nodes (vector conditions
    /// that `Instantiation.expand` turns into per-coordinate conditions) and on scalar nodes.
    /// The formula is itself defined everywhere.
    public static func formula(_ n: Node) throws(ShapeError) -> Node {
        var memo: [Int: Node] = [:]
        var failure: ShapeError?
        n.postOrder { m in
            guard failure == nil else { return }
            do throws(ShapeError) {
                memo[m.id] = try step(m, m.args.map { memo[$0.id]! })
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        return memo[n.id]!
    }

    static func step(_ m: Node, _ d: [Node]) throws(ShapeError) -> Node {
        if m.isTotal { return Build.boolean(true) }
        if case .ite = m.op, try Build.conditionDimension(m.args[0]) != nil {
            // A vector ite reads its condition coordinate by coordinate, and a Bool formula
            // cannot say "in every coordinate, cᵢ ⇒ Def(aᵢ)" without naming the coordinates.
            // Strict here (Def(c) ∧ Def(a) ∧ Def(b)) is stronger than the rule — never claims
            // a point defined that is not; `Instantiation.expand` first for the exact formula
            // (the engine asks definedness of the instantiated claim).
            return try Build.and(d)
        }
        switch m.op {
        case .ite:
            let (c, dc) = (m.args[0], d[0])
            let branches = try Build.and([Build.implies(c, d[1]), Build.implies(Build.not(c), d[2])])
            return try guarded(dc, branches)
        case .implies:
            return try guarded(d[0], Build.implies(m.args[0], d[1]))
        default:
            let strict = try Build.and(d)
            guard let (kind, term) = condition(m) else { return strict }
            // For clip, the condition is on hi − lo: guard it by Def(lo) ∧ Def(hi), which
            // `strict` contains.
            return try guarded(strict, atom(kind, term))
        }
    }

    /// `n` with every cancelled partial term `0·p` (what the simplifier keeps of 1/y − 1/y)
    /// replaced by 0 and the rest rebuilt: equal to `n` wherever `n` is defined, and defined
    /// on a larger set. Sound only where Def(n) is established separately (e.g. proved from
    /// the claim's domains): it drops conditions, never adds any.
    public static func erasingCancelledTerms(_ n: Node) throws(ShapeError) -> Node {
        guard n.contains(where: Build.isZeroProduct) else { return n }
        var memo: [Int: Node] = [:]
        var failure: ShapeError?
        n.postOrder { m in
            guard failure == nil else { return }
            if Build.isZeroProduct(m) {
                memo[m.id] = Build.zero
                return
            }
            let kids = m.args.map { memo[$0.id] ?? $0 }
            if zip(kids, m.args).allSatisfy({ $0 === $1 }) {
                memo[m.id] = m
                return
            }
            do throws(ShapeError) {
                memo[m.id] = try Build.apply(m.op, kids)
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        return memo[n.id] ?? n
    }

    /// Def of a claim: every hypothesis is defined wherever the parameter domains hold, and
    /// the goal is defined wherever the domains and all hypotheses hold. The domains are
    /// taken as defined.
    public static func claim(parameterDomains: [Node], hypotheses: [Node], goal: Node) throws(ShapeError) -> Node {
        let domain = try Build.and(parameterDomains)
        let hypothesesDefined = try Build.and(hypotheses.map { h throws(ShapeError) in try formula(h) })
        let goalDefined = try formula(goal)
        let first = try Build.implies(domain, hypothesesDefined)
        // Read the hypotheses only where they are defined (⇒ is guarded).
        let second = try Build.implies(
            Build.and([domain, hypothesesDefined]), Build.implies(Build.and(hypotheses), goalDefined))
        return try Build.and([first, second])
    }
}
