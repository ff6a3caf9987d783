// Simplification. The smart constructors in `Build` are the canonical simplifier: every
// node is canonical when it is made. These passes rebuild a DAG through them, or go
// further by multiplying out products (polynomial normal form).

extension Node {
    /// This node rebuilt bottom-up through the smart constructors. For a node made by
    /// `Build` this is the node itself (the canonical form is a fixed point); it is
    /// idempotent in any case. Iterative and memoized.
    public var simplified: Node {
        rewrite { (n: Node, kids: [Node]) -> Node in
            if n.args.isEmpty { return n }
            do {
                return try Build.apply(n.op, kids)
            } catch {
                preconditionFailure("rebuilding a well-formed node failed: \(error)")
            }
        }
    }

    /// Products multiplied out over sums, and positive integer powers of sums expanded, so
    /// that a polynomial becomes a sum of monomials. A product whose expansion would have
    /// more than `maxTerms` terms is left as it is. Quotients stay: (a + b)/c is expanded,
    /// a/(b + c) is not. Iterative and memoized; idempotent.
    public func expandedProducts(maxTerms: Int = 10_000) -> Node {
        rewrite { (n: Node, kids: [Node]) -> Node in
            if n.args.isEmpty { return n }
            do {
                switch n.op {
                case .mul:
                    return try Node.multiplyOut(kids, maxTerms: maxTerms) ?? Build.apply(.mul, kids)
                case .power(let e):
                    if let k = e.intValue, k >= 2, case .add = kids[0].op {
                        return try Node.multiplyOut(Array(repeating: kids[0], count: k), maxTerms: maxTerms)
                            ?? Build.apply(n.op, kids)
                    }
                    return try Build.apply(n.op, kids)
                default:
                    return try Build.apply(n.op, kids)
                }
            } catch {
                preconditionFailure("rebuilding a well-formed node failed: \(error)")
            }
        }
    }

    /// Σ over the cartesian product of the factors' terms, or nil if no factor is a sum or
    /// the result would exceed `maxTerms` terms.
    static func multiplyOut(_ factors: [Node], maxTerms: Int) throws(ShapeError) -> Node? {
        guard factors.contains(where: { if case .add = $0.op { true } else { false } }) else { return nil }
        var count = 1
        for f in factors {
            if case .add = f.op { count *= f.args.count }
            if count > maxTerms { return nil }
        }
        var partial: [Node] = [Build.constant(.one)]
        for f in factors {
            let terms: [Node]
            if case .add = f.op { terms = f.args } else { terms = [f] }
            var next: [Node] = []
            next.reserveCapacity(partial.count * terms.count)
            for p in partial {
                for t in terms { next.append(try Build.mul([p, t])) }
            }
            partial = next
        }
        return try Build.add(partial)
    }
}

extension Expr {
    /// This expression rebuilt through the smart constructors (canonical; idempotent).
    public var simplified: Expr { Expr(node.simplified) }

    /// Products multiplied out over sums (polynomial normal form); see `Node.expandedProducts`.
    public func expandedProducts(maxTerms: Int = 10_000) -> Expr { Expr(node.expandedProducts(maxTerms: maxTerms)) }
}

extension Constraint {
    /// This condition rebuilt through the smart constructors (canonical; idempotent).
    public var simplified: Constraint { Constraint(node.simplified) }

    /// Both sides of every comparison with products multiplied out.
    public func expandedProducts(maxTerms: Int = 10_000) -> Constraint {
        Constraint(node.expandedProducts(maxTerms: maxTerms))
    }
}
