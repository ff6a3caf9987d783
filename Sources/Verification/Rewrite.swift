import Symbolic

/// Structural helpers over the expression DAG used by the reductions.
extension Node {
    /// Replaces whole subterms (matched by identity) and rebuilds canonically.
    func replacing(_ map: [Int: Node]) throws(ShapeError) -> Node {
        if map.isEmpty { return self }
        var memo: [Int: Node] = [:]
        var failure: ShapeError?
        postOrder { n in
            guard failure == nil else { return }
            if let r = map[n.id] {
                memo[n.id] = r
                return
            }
            let kids = n.args.map { memo[$0.id] ?? $0 }
            if zip(kids, n.args).allSatisfy({ $0 === $1 }) {
                memo[n.id] = n
                return
            }
            do throws(ShapeError) {
                memo[n.id] = try Build.apply(n.op, kids)
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        return memo[id] ?? self
    }

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
