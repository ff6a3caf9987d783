import Symbolic

/// Structural helpers over the expression DAG used by the reductions.
extension Node {
    /// True if the node mentions a vector (symbol or expression of vector sort).
    var mentionsVector: Bool { contains { $0.sort.isVector } }

    /// True if the node contains a reduction over coordinates (sum, dot, norms).
    var containsReduction: Bool {
        contains { n in
            switch n.op {
            case .sum, .dot, .norm1, .norm2, .normInf, .normP: return true
            default: return false
            }
        }
    }

    /// The top-level terms of a canonical sum (a single term if not a sum).
    var sumTerms: [Node] {
        if case .add = op { return args }
        return [self]
    }

    /// The constant coefficient of `v` if this node is `v` or `c·v`; nil otherwise.
    func coefficient(of v: Node) -> Rational? {
        if self === v { return .one }
        if case .mul = op, args.count == 2, let c = args[0].constantValue, args[1] === v { return c }
        return nil
    }

    func mentions(_ v: Node) -> Bool { contains { $0 === v } }
}
