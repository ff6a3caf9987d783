// Substitution and instantiation of vector expressions at a concrete dimension.

extension Node {
    /// Replaces whole subterms, matched by identity (node id), and rebuilds the rest through
    /// the smart constructors (so the result is canonical again). Iterative and memoized:
    /// linear in the DAG size.
    public func replacing(_ map: [Int: Node]) throws(ShapeError) -> Node {
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

    /// Replaces symbols by nodes (symbol nodes are interned, so this is `replacing` on them).
    /// A vector symbol's coordinates go with it: replacing `y` by `e` replaces `y[i]` by
    /// coordinate i of `e` (`Instantiation.coordinate`), unless the map gives `y[i]` itself.
    public func substituting(_ map: [Symbol: Node]) throws(ShapeError) -> Node {
        var byID = Dictionary(uniqueKeysWithValues: map.map { (Build.symbol($0.key).id, $0.value) })
        let vectors = Dictionary(map.filter { $0.key.isVector }.map { ($0.key.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        if !vectors.isEmpty {
            for s in symbols {
                guard let i = s.index, map[s] == nil, let e = vectors[s.name] else { continue }
                byID[Build.symbol(s).id] = try Instantiation.coordinate(e, i)
            }
        }
        return try replacing(byID)
    }

    /// The largest explicit coordinate index of each vector name in symbols `x[i]` below this
    /// node (a claim that mentions `x[3]` needs dimension ≥ 3).
    public func coordinateIndices() -> [String: Int] {
        var out: [String: Int] = [:]
        for s in symbols {
            if let i = s.index { out[s.name] = Swift.max(out[s.name] ?? 0, i) }
        }
        return out
    }
}

extension Expr {
    /// Replaces symbols by expressions. Shapes must agree (a precondition in the Swift DSL).
    public func substituting(_ map: [Symbol: Expr]) -> Expr {
        Expr(built { try node.substituting(map.mapValues(\.node)) })
    }
}

extension Constraint {
    /// Replaces symbols by expressions.
    public func substituting(_ map: [Symbol: Expr]) -> Constraint {
        Constraint(built { try node.substituting(map.mapValues(\.node)) })
    }
}

/// Expansion of vector expressions into coordinates at a concrete dimension.
public enum Instantiation {
    /// The result of expanding one node: a scalar node, or one node per coordinate.
    enum Part {
        case one(Node)
        case many([Node])
    }

    /// Coordinate i (1-based) of a vector expression, without knowing the dimension: a vector
    /// symbol z becomes z[i], coordinate-wise operators are read at i, the condition of a
    /// vector ite is read at coordinate i (as `expand` reads it), and scalar subterms
    /// (reductions, scalar symbols) stay as they are. A scalar expression is its own
    /// coordinate i.
    public static func coordinate(_ n: Node, _ i: Int) throws(ShapeError) -> Node {
        guard i >= 1 else { throw ShapeError("coordinates are numbered from 1, got \(i)") }
        var memo: [Int: Node] = [:]
        var failure: ShapeError?
        /// The condition c read at coordinate i: vector comparisons compare coordinates i.
        func project(_ c: Node) throws(ShapeError) -> Node {
            switch c.op {
            case .le, .lt, .eq:
                guard c.args.contains(where: \.sort.isVector) else { return c }
                return try Build.compare(c.op, memo[c.args[0].id] ?? c.args[0], memo[c.args[1].id] ?? c.args[1])
            case .not: return try Build.not(project(c.args[0]))
            case .and: return try Build.and(c.args.map { a throws(ShapeError) in try project(a) })
            case .or: return try Build.or(c.args.map { a throws(ShapeError) in try project(a) })
            case .implies: return try Build.implies(project(c.args[0]), project(c.args[1]))
            default: return c
            }
        }
        n.postOrder { m in
            guard failure == nil else { return }
            guard m.sort.isVector else {
                memo[m.id] = m
                return
            }
            do throws(ShapeError) {
                switch m.op {
                case .symbol(let s):
                    memo[m.id] = Build.symbol(.coordinate(s.name, i))
                case .ite:
                    memo[m.id] = try Build.ite(
                        project(m.args[0]), memo[m.args[1].id] ?? m.args[1], memo[m.args[2].id] ?? m.args[2])
                default:
                    memo[m.id] = try Build.apply(m.op, m.args.map { memo[$0.id] ?? $0 })
                }
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        return memo[n.id] ?? n
    }

    /// Expands every vector symbol of every dimension name into `dim` coordinate symbols
    /// `x[1]…x[dim]`: coordinate-wise operators per coordinate, reductions into sums/maxima,
    /// vector comparisons into the conjunction over coordinates. The result has no vector sort.
    public static func expand(_ root: Node, dim: Int) throws(ShapeError) -> Node {
        switch try expandParts(root, dim: dim) {
        case .one(let n): return n
        case .many:
            throw ShapeError("a vector expression has no single value; compare it or reduce it")
        }
    }

    /// Expands a vector expression into its coordinates (a scalar gives `dim` copies).
    public static func coordinates(_ root: Node, dim: Int) throws(ShapeError) -> [Node] {
        switch try expandParts(root, dim: dim) {
        case .one(let n): return Array(repeating: n, count: dim)
        case .many(let xs): return xs
        }
    }

    static func expandParts(_ root: Node, dim: Int) throws(ShapeError) -> Part {
        guard dim >= 1 else { throw ShapeError("dimension must be at least 1, got \(dim)") }
        var memo: [Int: Part] = [:]
        var failure: ShapeError?

        func part(_ n: Node) -> Part { memo[n.id] ?? .one(n) }
        func coords(_ p: Part) -> [Node] {
            switch p {
            case .one(let n): return Array(repeating: n, count: dim)
            case .many(let xs): return xs
            }
        }
        func single(_ p: Part) throws(ShapeError) -> Node {
            guard case .one(let n) = p else { throw ShapeError("internal: vector where a scalar was expected") }
            return n
        }
        /// The condition `c` read at coordinate i (for a coordinate-wise ite).
        func project(_ c: Node, _ i: Int) throws(ShapeError) -> Node {
            switch c.op {
            case .le, .lt, .eq:
                return try Build.compare(c.op, coords(part(c.args[0]))[i], coords(part(c.args[1]))[i])
            case .not: return try Build.not(project(c.args[0], i))
            case .and: return try Build.and(c.args.map { a throws(ShapeError) in try project(a, i) })
            case .or: return try Build.or(c.args.map { a throws(ShapeError) in try project(a, i) })
            case .implies: return try Build.implies(project(c.args[0], i), project(c.args[1], i))
            default: return try single(part(c))
            }
        }

        root.postOrder { n in
            guard failure == nil else { return }
            do throws(ShapeError) {
                memo[n.id] = try expandOne(n)
            } catch {
                failure = error
            }
        }

        func expandOne(_ n: Node) throws(ShapeError) -> Part {
            switch n.op {
            case .symbol(let s):
                if s.isVector { return .many((1...dim).map { Build.symbol(.coordinate(s.name, $0)) }) }
                return .one(n)
            case .constant, .boolean: return .one(n)
            case .sum: return .one(try Build.add(coords(part(n.args[0]))))
            case .norm1: return .one(try Build.add(coords(part(n.args[0])).map { x throws(ShapeError) in try Build.abs(x) }))
            case .norm2:
                let sq = try Build.add(coords(part(n.args[0])).map { x throws(ShapeError) in try Build.power(x, 2) })
                return .one(try Build.sqrt(sq))
            case .normInf:
                return .one(try Build.maxOrMin(true, coords(part(n.args[0])).map { x throws(ShapeError) in try Build.abs(x) }))
            case .normP(let p):
                let terms = try coords(part(n.args[0])).map { x throws(ShapeError) in try Build.power(Build.abs(x), p) }
                guard let inv = p.reciprocal else { throw ShapeError("norm with p = 0") }
                return .one(try Build.power(Build.add(terms), inv))
            case .dot:
                let a = coords(part(n.args[0]))
                let b = coords(part(n.args[1]))
                return .one(try Build.add(zip(a, b).map { (x, y) throws(ShapeError) in try Build.mul([x, y]) }))
            case .le, .lt, .eq:
                let a = part(n.args[0])
                let b = part(n.args[1])
                if case .one(let x) = a, case .one(let y) = b { return .one(try Build.compare(n.op, x, y)) }
                let xs = coords(a)
                let ys = coords(b)
                return .one(try Build.and((0..<dim).map { i throws(ShapeError) in try Build.compare(n.op, xs[i], ys[i]) }))
            case .ite:
                if !n.sort.isVector {
                    return .one(try Build.ite(single(part(n.args[0])), single(part(n.args[1])), single(part(n.args[2]))))
                }
                // A vector ite reads its condition coordinate by coordinate.
                let a = coords(part(n.args[1]))
                let b = coords(part(n.args[2]))
                return .many(try (0..<dim).map { i throws(ShapeError) in try Build.ite(project(n.args[0], i), a[i], b[i]) })
            default:
                let parts = n.args.map(part)
                if parts.allSatisfy({ if case .one = $0 { true } else { false } }) {
                    let kids = try parts.map { p throws(ShapeError) in try single(p) }
                    if zip(kids, n.args).allSatisfy({ $0 === $1 }) && !n.sort.isVector { return .one(n) }
                    return .one(try Build.apply(n.op, kids))
                }
                let cs = parts.map(coords)
                return .many(try (0..<dim).map { i throws(ShapeError) in try Build.apply(n.op, cs.map { $0[i] }) })
            }
        }

        if let f = failure { throw f }
        return part(root)
    }
}

extension Expr {
    /// This scalar expression with its vectors expanded at dimension `dim`.
    public func expanded(dim: Int) throws(ShapeError) -> Expr { Expr(try Instantiation.expand(node, dim: dim)) }
    /// The coordinates of this (vector) expression at dimension `dim`.
    public func coordinates(dim: Int) throws(ShapeError) -> [Expr] {
        try Instantiation.coordinates(node, dim: dim).map(Expr.init)
    }
}

extension Constraint {
    /// This condition with vectors expanded at dimension `dim` (vector comparisons become
    /// conjunctions over coordinates).
    public func expanded(dim: Int) throws(ShapeError) -> Constraint { Constraint(try Instantiation.expand(node, dim: dim)) }
}
