import Symbolic

/// The exp/log abstraction: each exp(t) becomes a fresh variable E and each log(u) a fresh
/// variable L, constrained only by facts that hold for the real functions:
///
/// - exp: E > 0, E ≥ 1 + t, E·(1 − t) ≤ 1 (that is e^(−t) ≥ 1 − t), sign of t ↔ E vs 1,
///   strict monotonicity between any two exp atoms, E_a·E_b = E_c when c = a + b and
///   E_a·E_b = 1 when a + b = 0, E = u when t is log(u) and u > 0;
/// - log (only where u > 0; for u ≤ 0 L is left free, so any value one gives log there is
///   covered): L ≤ u − 1, u·L ≥ u − 1 (that is log u ≥ 1 − 1/u), sign of L ↔ u vs 1,
///   strict monotonicity between any two log atoms, L_c = L_a + L_b when c = a·b (a, b > 0),
///   L = t when u is exp(t), L_a = t − L_b when a is e^t/b (b > 0);
/// - mixed, while the atoms are few: log(a·b/e^t) ≥ 1 − e^t/(a·b) and
///   log(e^t·b/(e^t'·a)) ≤ e^t·b/(e^t'·a) − 1 for a, b > 0 (log's tangent bounds at products
///   and quotients of atoms, written without division), which is what Gibbs' inequality needs.
///
/// The abstracted query is a relaxation: every real point of the original query gives a
/// point of it (E, L at their true values satisfy the facts). So unsat proves the original
/// case; a model may not correspond to any real point, so sat only says "unknown".
struct ExpAbstraction {
    enum Kind { case exp, log }
    struct Atom {
        var kind: Kind
        var original: Node
        /// The argument with inner exp/log atoms already replaced.
        var argument: Node
        var variable: Node
    }

    /// Fresh variables by original atom (shared by every case of one claim, so a name always
    /// means the same function value).
    private(set) var names: [Int: Node] = [:]
    private var counter = 0
    let prefix: String

    init(prefix: String) { self.prefix = prefix }

    static func mentions(_ formula: [Node]) -> Bool {
        formula.contains { $0.contains(where: { n in n.op == .exp || n.op == .log }) }
    }

    /// Replaces the atoms of `formula`; returns the new formula, the facts and the number of atoms.
    /// `logArguments` are the arguments of the log atoms (inner atoms replaced): log is defined
    /// only where they are positive, a side condition the engine must establish.
    mutating func run(_ formula: [Node]) throws(ShapeError) -> (formula: [Node], facts: [Node], atoms: Int, logArguments: [Node]) {
        var map: [Int: Node] = [:]
        var atoms: [Atom] = []
        var seen = Set<Int>()
        var failure: ShapeError?
        for f in formula {
            f.postOrder { n in
                guard failure == nil, n.op == .exp || n.op == .log, seen.insert(n.id).inserted else { return }
                do throws(ShapeError) {
                    let arg = try n.args[0].replacing(map)
                    let v: Node
                    if let known = names[n.id] {
                        v = known
                    } else {
                        counter += 1
                        v = Build.symbol(Fresh.symbol(prefix + (n.op == .exp ? "exp" : "log"), counter))
                        names[n.id] = v
                    }
                    map[n.id] = v
                    atoms.append(Atom(kind: n.op == .exp ? .exp : .log, original: n, argument: arg, variable: v))
                } catch {
                    failure = error
                }
            }
        }
        if let e = failure { throw e }
        let out = try formula.map { f throws(ShapeError) in try f.replacing(map) }
        return (out, try facts(atoms), atoms.count, atoms.filter { $0.kind == .log }.map(\.argument))
    }

    private func facts(_ atoms: [Atom]) throws(ShapeError) -> [Node] {
        let zero = Build.constant(0)
        let one = Build.constant(1)
        func le(_ a: Node, _ b: Node) throws(ShapeError) -> Node { try Build.compare(.le, a, b) }
        func lt(_ a: Node, _ b: Node) throws(ShapeError) -> Node { try Build.compare(.lt, a, b) }
        func eq(_ a: Node, _ b: Node) throws(ShapeError) -> Node { try Build.compare(.eq, a, b) }
        func imp(_ a: Node, _ b: Node) throws(ShapeError) -> Node { try Build.implies(a, b) }
        func and(_ xs: [Node]) throws(ShapeError) -> Node { try Build.and(xs) }
        var out: [Node] = []
        let exps = atoms.filter { $0.kind == .exp }
        let logs = atoms.filter { $0.kind == .log }
        let byOriginal = Dictionary(atoms.map { ($0.original.id, $0) }, uniquingKeysWith: { a, _ in a })
        for a in exps {
            let (t, e) = (a.argument, a.variable)
            out += [
                try lt(zero, e),
                try le(try Build.add([one, t]), e),
                try le(try Build.mul([e, try Build.sub(one, t)]), one),
                try imp(try lt(t, zero), try lt(e, one)),
                try imp(try eq(t, zero), try eq(e, one)),
                try imp(try lt(zero, t), try lt(one, e)),
            ]
            if let inner = byOriginal[a.original.args[0].id], inner.kind == .log {
                out.append(try imp(try lt(zero, inner.argument), try eq(e, inner.argument)))
            }
        }
        for (i, a) in exps.enumerated() {
            for b in exps[(i + 1)...] {
                let (ta, tb, ea, eb) = (a.argument, b.argument, a.variable, b.variable)
                out += [
                    try imp(try le(ta, tb), try le(ea, eb)), try imp(try lt(ta, tb), try lt(ea, eb)),
                    try imp(try le(tb, ta), try le(eb, ea)), try imp(try lt(tb, ta), try lt(eb, ea)),
                ]
                let s = try Build.add([ta, tb])
                if s.constantValue == 0 { out.append(try eq(try Build.mul([ea, eb]), one)) }
                for c in exps where c.argument === s {
                    out.append(try eq(try Build.mul([ea, eb]), c.variable))
                }
            }
        }
        for a in logs {
            let (u, l) = (a.argument, a.variable)
            let pos = try lt(zero, u)
            out += [
                try imp(pos, try le(l, try Build.sub(u, one))),
                try imp(pos, try le(try Build.sub(u, one), try Build.mul([u, l]))),
                try imp(try and([pos, try lt(u, one)]), try lt(l, zero)),
                try imp(try eq(u, one), try eq(l, zero)),
                try imp(try lt(one, u), try lt(zero, l)),
            ]
            if let inner = byOriginal[a.original.args[0].id], inner.kind == .exp {
                out.append(try eq(l, inner.argument))
            }
        }
        for (i, a) in logs.enumerated() {
            for b in logs[(i + 1)...] {
                let (ua, ub, la, lb) = (a.argument, b.argument, a.variable, b.variable)
                out += [
                    try imp(try and([try lt(zero, ua), try le(ua, ub)]), try le(la, lb)),
                    try imp(try and([try lt(zero, ua), try lt(ua, ub)]), try lt(la, lb)),
                    try imp(try and([try lt(zero, ub), try le(ub, ua)]), try le(lb, la)),
                    try imp(try and([try lt(zero, ub), try lt(ub, ua)]), try lt(lb, la)),
                ]
                let p = try Build.mul([ua, ub])
                for c in logs where c.argument === p {
                    out.append(
                        try imp(
                            try and([try lt(zero, ua), try lt(zero, ub)]), try eq(c.variable, try Build.add([la, lb]))))
                }
            }
        }
        // log(e^t/b) = t − log b for b > 0 (softmax: log(e^(xᵢ)/Σ e^(xⱼ)) = xᵢ − log Σ e^(xⱼ)).
        for a in logs {
            for b in logs {
                let inv = try Build.power(b.argument, -1)
                for c in exps where a.argument === (try Build.mul([c.variable, inv])) {
                    out.append(
                        try imp(try lt(zero, b.argument), try eq(a.variable, try Build.sub(c.argument, b.variable))))
                }
            }
        }
        // log(a·b/e^t) ≥ 1 − e^t/(a·b) for a, b > 0 (log w ≥ 1 − 1/w at w = a·b·e^(−t)),
        // multiplied by a·b: the tangent bound of log at a product of atoms (Gibbs' inequality
        // needs it at a = yᵢ, b = Σ exp). Only for few atoms (it grows as logs²·exps).
        if logs.count * logs.count * exps.count <= 64 {
            for (i, a) in logs.enumerated() {
                for b in logs[i...] {
                    let ab = try Build.mul([a.argument, b.argument])
                    let cond = try and([try lt(zero, a.argument), try lt(zero, b.argument)])
                    for c in exps {
                        let lhs = try Build.mul([ab, try Build.add([a.variable, b.variable, try Build.neg(c.argument)])])
                        out.append(try imp(cond, try le(try Build.sub(ab, c.variable), lhs)))
                    }
                }
            }
        }
        // log w ≤ w − 1 at w = e^t·b/(e^t'·a) for a, b > 0, i.e. multiplied by e^t'·a > 0:
        // e^t'·a·(t − t' − log a + log b + 1) ≤ e^t·b (Gibbs' inequality between two softmax
        // vectors needs it at a = Σ e^y, b = Σ e^x). Only for few atoms (exps²·logs²).
        if exps.count * exps.count * logs.count * logs.count <= 256 {
            for c in exps {
                for c2 in exps {
                    for a in logs {
                        for b in logs {
                            let cond = try and([try lt(zero, a.argument), try lt(zero, b.argument)])
                            let inner = try Build.add([
                                c.argument, try Build.neg(c2.argument), try Build.neg(a.variable), b.variable, one,
                            ])
                            let lhs = try Build.mul([c2.variable, a.argument, inner])
                            out.append(try imp(cond, try le(lhs, try Build.mul([c.variable, b.argument]))))
                        }
                    }
                }
            }
        }
        return out.filter { if case .boolean(true) = $0.op { false } else { true } }
    }

    static let justification =
        "each exp(t) is a fresh E and each log(u) a fresh L, constrained only by true facts (E > 0, E ≥ 1 + t, E·(1 − t) ≤ 1, monotonicity, E_a·E_b = E_(a+b); for u > 0: L ≤ u − 1, u·L ≥ u − 1, monotonicity, log of a product or quotient, exp/log inverse; log's tangent bounds at products and quotients of atoms): the true values satisfy them, so an unsat abstracted query proves the case; a model of it is not a counterexample (exp/log are only approximated), so sat gives unknown"
    static let satReason = "the abstraction has a model; exp/log are only approximated"
}
