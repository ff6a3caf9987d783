// Symbolic derivatives with a chosen convention at the kinks of non-smooth operators.
//
// With respect to a scalar symbol: forward mode (one pass, children first). With respect
// to a vector symbol, of a scalar expression: reverse mode, giving the gradient as a vector
// expression. Both are iterative and memoized per node, so deep or shared DAGs are cheap.

/// What a derivative means where an operator has a kink.
public enum DerivativeConvention: String, Sendable, Hashable, CaseIterable {
    /// What code computes: sign(0) = 0, so d|u| = sign(u); relu'(0) = 0; max picks its
    /// first maximal argument; clip passes the derivative strictly inside (lo, hi); ‖·‖∞
    /// averages over its maximal coordinates; ‖v‖₂ gives v/‖v‖₂ (undefined at 0).
    case implementation
    /// Any element of the subdifferential: each kink gets a fresh variable constrained to
    /// the subdifferential there (and pinned to the derivative where it exists).
    case anySubgradient
}

/// Why a derivative could not be formed.
public struct DerivativeError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A derivative (or gradient) with the fresh variables it introduced at kinks.
///
/// Under `.implementation` there are no fresh variables and the constraint is `true`.
/// Under `.anySubgradient`, for every value of the fresh variables satisfying
/// `constraints`, `expr` is an element of the (chain-rule) subdifferential; e.g. for
/// d|x|/dx it is `s_1` with `(0 < x => s_1 == 1) and (x < 0 => s_1 == -1) and
/// (x == 0 => -1 <= s_1 <= 1)`.
public struct Subgradient: Sendable, Hashable {
    public let expr: Expr
    /// Fresh symbols, in order of creation (`s_1`, `s_2`, … avoiding names in use).
    public let fresh: [Symbol]
    /// What the fresh symbols must satisfy.
    public let constraints: Constraint
}

extension Expr {
    /// The derivative with respect to `variable`.
    ///
    /// - A scalar symbol (or a coordinate `x[i]`): the derivative, coordinate-wise if this
    ///   expression is a vector.
    /// - A vector symbol, for a scalar expression: the gradient, a vector expression
    ///   (∇ sum(abs(x)) = sign(x), ∇ norm2(x) = x/norm2(x), ∇ dot(x, x)/2 = x). A gradient
    ///   that is the same in every coordinate is returned as a scalar (∇ sum(x) = 1), which
    ///   broadcasts wherever it is used.
    ///
    /// Smooth rules for + × powers √ exp log and the chain rule; ite differentiates its
    /// branches (its condition is treated as locally constant).
    public func derivative(
        withRespectTo variable: Symbol, convention: DerivativeConvention = .implementation, freshPrefix: String = "s"
    ) throws(DerivativeError) -> Subgradient {
        var d = Differentiator(root: node, variable: variable, convention: convention, prefix: freshPrefix)
        let result = try d.run()
        let constraints = try d.wrap { () throws(ShapeError) in try Build.and(d.constraints) }
        return Subgradient(expr: Expr(result), fresh: d.fresh, constraints: Constraint(constraints))
    }
}

struct Differentiator {
    let root: Node
    let variable: Symbol
    let convention: DerivativeConvention
    let prefix: String
    var fresh: [Symbol] = []
    var constraints: [Node] = []
    var usedNames: Set<String>
    var counter = 0
    /// Fresh selector variables per kink node.
    var selectors: [Int: [Node]] = [:]

    init(root: Node, variable: Symbol, convention: DerivativeConvention, prefix: String) {
        self.root = root
        self.variable = variable
        self.convention = convention
        self.prefix = prefix
        usedNames = Set(root.symbols.map(\.name))
    }

    func wrap<T>(_ f: () throws(ShapeError) -> T) throws(DerivativeError) -> T {
        do {
            return try f()
        } catch {
            throw DerivativeError(error.message)
        }
    }

    static let zero = Build.constant(.zero)
    static let one = Build.constant(.one)

    static func isZero(_ n: Node) -> Bool { n.constantValue == .zero }

    mutating func run() throws(DerivativeError) -> Node {
        if root.sort == .bool { throw DerivativeError("a condition has no derivative") }
        if variable.isVector {
            guard !root.sort.isVector else {
                throw DerivativeError(
                    "the derivative of a vector expression with respect to the vector \(variable.name) is a matrix; differentiate a scalar expression, or with respect to a scalar")
            }
            let coordinates = root.contains { n in n.symbol.map { $0.name == variable.name && $0.index != nil } ?? false }
            if coordinates {
                throw DerivativeError(
                    "the expression uses coordinates of \(variable.name); expand it at a dimension (expanded(dim:)) and differentiate with respect to the coordinates")
            }
            return try reverse()
        }
        if let i = variable.index {
            let whole = root.contains { n in n.symbol.map { $0.name == variable.name && $0.isVector } ?? false }
            if whole {
                throw DerivativeError(
                    "the expression uses the whole vector \(variable.name); expand it at a dimension (expanded(dim:)) to differentiate with respect to \(variable.name)[\(i)]")
            }
        }
        return try forward()
    }

    // MARK: forward mode

    mutating func forward() throws(DerivativeError) -> Node {
        var memo: [Int: Node] = [:]
        var failure: DerivativeError?
        root.postOrder { n in
            guard failure == nil, n.sort != .bool else { return }
            do throws(DerivativeError) {
                if case .symbol(let s) = n.op {
                    memo[n.id] = s == variable ? Self.one : Self.zero
                    return
                }
                let ds = n.args.map { a in a.sort == .bool ? Self.zero : (memo[a.id] ?? Self.zero) }
                memo[n.id] = try derivative(of: n, given: ds)
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        return memo[root.id] ?? Self.zero
    }

    /// The derivative of `n` given the derivatives of its arguments (linear in them).
    mutating func derivative(of n: Node, given ds: [Node]) throws(DerivativeError) -> Node {
        if ds.allSatisfy(Self.isZero) { return Self.zero }
        switch n.op {
        case .sum, .norm1, .norm2, .normInf, .normP, .dot:
            let gs = try reductionGradients(n)
            var terms: [Node] = []
            for (g, d) in zip(gs, ds) { terms.append(try inner(g, d)) }
            return try wrap { () throws(ShapeError) in try Build.add(terms) }
        default:
            return try pointwise(n, ds)
        }
    }

    /// Σᵢ gᵢ dᵢ over coordinates; a scalar operand stands for the same value in every coordinate.
    func inner(_ g: Node, _ d: Node) throws(DerivativeError) -> Node {
        if Self.isZero(g) || Self.isZero(d) { return Self.zero }
        return try wrap { () throws(ShapeError) -> Node in
            switch (g.sort.isVector, d.sort.isVector) {
            case (true, true): return try Build.dot(g, d)
            case (true, false): return try Build.mul([d, Build.reduce(.sum, g)])
            case (false, true): return try Build.mul([g, Build.reduce(.sum, d)])
            default:
                throw ShapeError(
                    "the derivative needs the dimension as a number (a sum over identical coordinates: \(g) in every coordinate)")
            }
        }
    }

    /// Sums a vector contribution to a scalar operand of a coordinate-wise operator.
    func collapse(_ c: Node, into child: Node, from parent: Node) throws(DerivativeError) -> Node {
        guard parent.sort.isVector && !child.sort.isVector else { return c }
        return try inner(Self.one, c)
    }

    // MARK: local rules

    /// For a coordinate-wise operator: the derivative given its arguments' derivatives.
    mutating func pointwise(_ n: Node, _ ds: [Node]) throws(DerivativeError) -> Node {
        let a = n.args
        switch n.op {
        case .constant, .symbol, .boolean, .sign:
            return Self.zero
        case .add:
            return try wrap { () throws(ShapeError) in try Build.add(ds) }
        case .mul:
            var terms: [Node] = []
            for (i, d) in ds.enumerated() where !Self.isZero(d) {
                var others = a
                others.remove(at: i)
                terms.append(try wrap { () throws(ShapeError) in try Build.mul(others + [d]) })
            }
            return try wrap { () throws(ShapeError) in try Build.add(terms) }
        case .power(let r):
            return try wrap { () throws(ShapeError) in try Build.mul([Build.constant(r), Build.power(a[0], r - .one), ds[0]]) }
        case .sqrt:
            return try wrap { () throws(ShapeError) in
                try Build.mul([Build.constant(Rational(1, 2)), Build.power(n, -1), ds[0]])
            }
        case .exp:
            return try wrap { () throws(ShapeError) in try Build.mul([n, ds[0]]) }
        case .log:
            return try wrap { () throws(ShapeError) in try Build.div(ds[0], a[0]) }
        case .ite:
            return try wrap { () throws(ShapeError) in try Build.ite(a[0], ds[1], ds[2]) }
        case .abs:
            let u = a[0]
            switch convention {
            case .implementation:
                return try wrap { () throws(ShapeError) in try Build.mul([Build.sign(u), ds[0]]) }
            case .anySubgradient:
                let s = try selectors(for: n, count: 1) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    try me.pin(s[0], where: u, positive: Self.one, negative: Build.constant(-1), zeroRange: (-1, 1))
                }
                return try wrap { () throws(ShapeError) in try Build.mul([s[0], ds[0]]) }
            }
        case .relu:
            let u = a[0]
            switch convention {
            case .implementation:
                return try wrap { () throws(ShapeError) in try Selection.choose(Build.compare(.lt, Self.zero, u), ds[0], Self.zero) }
            case .anySubgradient:
                let s = try selectors(for: n, count: 1) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    try me.pin(s[0], where: u, positive: Self.one, negative: Self.zero, zeroRange: (0, 1))
                }
                return try wrap { () throws(ShapeError) in try Build.mul([s[0], ds[0]]) }
            }
        case .max, .min:
            return try extremum(n, ds)
        case .clip:
            return try clip(n, ds)
        default:
            throw DerivativeError("internal: \(n.op.name) is not coordinate-wise")
        }
    }

    /// The gradient of a reduction with respect to each argument (vectors, or scalars
    /// meaning the same value in every coordinate).
    mutating func reductionGradients(_ n: Node) throws(DerivativeError) -> [Node] {
        let v = n.args[0]
        switch n.op {
        case .sum:
            return [Self.one]
        case .dot:
            return [n.args[1], n.args[0]]
        case .norm1:
            switch convention {
            case .implementation:
                return [try wrap { () throws(ShapeError) in try Build.sign(v) }]
            case .anySubgradient:
                return try selectors(for: n, count: 1, vectorLike: v) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    try me.pin(s[0], where: v, positive: Self.one, negative: Build.constant(-1), zeroRange: (-1, 1))
                }
            }
        case .norm2:
            switch convention {
            case .implementation:
                return [try wrap { () throws(ShapeError) in try Build.div(v, n) }]
            case .anySubgradient:
                return try selectors(for: n, count: 1, vectorLike: v) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    // ∂‖v‖₂ = {s : ‖s‖₂ ≤ 1, ⟨s, v⟩ = ‖v‖₂}.
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.le, Build.dot(s[0], s[0]), Self.one) })
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.eq, Build.dot(s[0], v), n) })
                }
            }
        case .normInf:
            switch convention {
            case .implementation:
                // sign(v) on the maximal coordinates, averaged over them (0 at v = 0).
                return [
                    try wrap { () throws(ShapeError) -> Node in
                        // 1 on the maximal coordinates (|vᵢ| ≥ ‖v‖∞), 0 elsewhere.
                        let top = try Selection.indicator(Build.compare(.le, n, Build.abs(v)))
                        let count = try Build.reduce(.sum, top)
                        return try Build.div(Build.mul([top, Build.sign(v)]), count)
                    }
                ]
            case .anySubgradient:
                return try selectors(for: n, count: 1, vectorLike: v) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    // ∂‖v‖∞ = {s : ‖s‖₁ ≤ 1, ⟨s, v⟩ = ‖v‖∞}.
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.le, Build.reduce(.norm1, s[0]), Self.one) })
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.eq, Build.dot(s[0], v), n) })
                }
            }
        case .normP(let p):
            switch convention {
            case .implementation:
                // sign(v)|v|^(p−1) / ‖v‖_p^(p−1).
                return [
                    try wrap { () throws(ShapeError) -> Node in
                        let q = p - .one
                        return try Build.mul([Build.sign(v), Build.power(Build.abs(v), q), Build.power(Build.power(n, q), -1)])
                    }
                ]
            case .anySubgradient:
                guard p > .one, let dual = p.divided(by: p - .one) else {
                    throw DerivativeError("norm(v, \(p)) needs p > 1 here")
                }
                return try selectors(for: n, count: 1, vectorLike: v) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    // ∂‖v‖_p = {s : ‖s‖_q ≤ 1, ⟨s, v⟩ = ‖v‖_p} with 1/p + 1/q = 1.
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.le, Build.reduce(.normP(dual), s[0]), Self.one) })
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.eq, Build.dot(s[0], v), n) })
                }
            }
        default:
            throw DerivativeError("internal: \(n.op.name) is not a reduction")
        }
    }

    /// max/min: the derivative of the selected argument.
    mutating func extremum(_ n: Node, _ ds: [Node]) throws(DerivativeError) -> Node {
        let a = n.args
        let isMax = n.op == .max
        /// a[j] beats a[i] strictly: a[i] < a[j] for max, a[j] < a[i] for min.
        func beats(_ j: Int, _ i: Int, strict: Bool) throws(ShapeError) -> Node {
            let (lo, hi) = isMax ? (a[i], a[j]) : (a[j], a[i])
            return try Build.compare(strict ? .lt : .le, lo, hi)
        }
        switch convention {
        case .implementation:
            // The first argument that is maximal (minimal): strictly better than the ones
            // before it, at least as good as the ones after it.
            var result = ds[a.count - 1]
            for i in stride(from: a.count - 2, through: 0, by: -1) {
                result = try wrap { () throws(ShapeError) -> Node in
                    var wins: [Node] = []
                    for j in 0..<a.count where j != i {
                        // a[i] is strictly better than earlier arguments, at least as good as later ones.
                        let (worse, better) = isMax ? (a[j], a[i]) : (a[i], a[j])
                        wins.append(try Build.compare(j < i ? .lt : .le, worse, better))
                    }
                    return try Selection.choose(Build.and(wins), ds[i], result)
                }
            }
            return result
        case .anySubgradient:
            let count = a.count == 2 ? 1 : a.count
            let s = try selectors(for: n, count: count) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                let weights = try me.weights(s, count: a.count)
                // Weights form a convex combination, and vanish on arguments that are beaten.
                for w in s {
                    try me.bound(w, Self.zero, Self.one)
                }
                if a.count > 2 {
                    me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.eq, Build.add(s), Self.one) })
                }
                for i in 0..<a.count {
                    for j in 0..<a.count where j != i {
                        let beaten = try me.wrap { () throws(ShapeError) in try beats(j, i, strict: true) }
                        try me.pointwiseImplies(beaten, weights[i], Self.zero)
                    }
                }
            }
            let weights = try self.weights(s, count: a.count)
            var terms: [Node] = []
            for (w, d) in zip(weights, ds) where !Self.isZero(d) {
                terms.append(try wrap { () throws(ShapeError) in try Build.mul([w, d]) })
            }
            return try wrap { () throws(ShapeError) in try Build.add(terms) }
        }
    }

    /// The weights of max/min's arguments: s and 1 − s for two, else the selectors.
    func weights(_ s: [Node], count: Int) throws(DerivativeError) -> [Node] {
        if count == 2 && s.count == 1 {
            return [s[0], try wrap { () throws(ShapeError) in try Build.sub(Self.one, s[0]) }]
        }
        return s
    }

    mutating func clip(_ n: Node, _ ds: [Node]) throws(DerivativeError) -> Node {
        let (x, lo, hi) = (n.args[0], n.args[1], n.args[2])
        let boundsFixed = Self.isZero(ds[1]) && Self.isZero(ds[2])
        switch convention {
        case .implementation:
            return try wrap { () throws(ShapeError) -> Node in
                let inside = try Build.and([Build.compare(.lt, lo, x), Build.compare(.lt, x, hi)])
                if boundsFixed { return try Selection.choose(inside, ds[0], Self.zero) }
                // Below or at lo: lo's derivative; at or above hi (and above lo): hi's.
                return try Selection.choose(
                    Build.compare(.le, x, lo), ds[1], Selection.choose(Build.compare(.le, hi, x), ds[2], ds[0]))
            }
        case .anySubgradient:
            if boundsFixed {
                let s = try selectors(for: n, count: 1) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                    try me.bound(s[0], Self.zero, Self.one)
                    let (inside, outside) = try me.wrap { () throws(ShapeError) -> (Node, Node) in
                        (
                            try Build.and([Build.compare(.lt, lo, x), Build.compare(.lt, x, hi)]),
                            try Build.or([Build.compare(.lt, x, lo), Build.compare(.lt, hi, x)])
                        )
                    }
                    try me.pointwiseImplies(inside, s[0], Self.one)
                    try me.pointwiseImplies(outside, s[0], Self.zero)
                }
                return try wrap { () throws(ShapeError) in try Build.mul([s[0], ds[0]]) }
            }
            // clip is x, lo or hi; the weights form a convex combination over the active ones.
            let s = try selectors(for: n, count: 3) { (me: inout Differentiator, s: [Node]) throws(DerivativeError) in
                for w in s { try me.bound(w, Self.zero, Self.one) }
                me.constraints.append(try me.wrap { () throws(ShapeError) in try Build.compare(.eq, Build.add(s), Self.one) })
                let inactive = try me.wrap { () throws(ShapeError) -> [Node] in
                    [
                        try Build.or([Build.compare(.lt, x, lo), Build.compare(.lt, hi, x)]),
                        try Build.compare(.lt, lo, x),
                        try Build.compare(.lt, x, hi),
                    ]
                }
                for (w, c) in zip(s, inactive) { try me.pointwiseImplies(c, w, Self.zero) }
            }
            var terms: [Node] = []
            for (w, d) in zip(s, ds) where !Self.isZero(d) {
                terms.append(try wrap { () throws(ShapeError) in try Build.mul([w, d]) })
            }
            return try wrap { () throws(ShapeError) in try Build.add(terms) }
        }
    }

    // MARK: fresh variables and their constraints

    /// The fresh selector variables of a kink node (created once per node): scalars, or
    /// vectors of the node's (or `vectorLike`'s) dimension.
    mutating func selectors(
        for n: Node, count: Int, vectorLike: Node? = nil,
        constrain: (inout Differentiator, [Node]) throws(DerivativeError) -> Void
    ) throws(DerivativeError) -> [Node] {
        if let s = selectors[n.id] { return s }
        let shapeNode = vectorLike ?? n
        var made: [Node] = []
        for _ in 0..<count {
            var name: String
            repeat {
                counter += 1
                name = "\(prefix)_\(counter)"
            } while usedNames.contains(name)
            usedNames.insert(name)
            let sym: Symbol
            if case .vector(let d) = shapeNode.sort { sym = .vector(name, dim: d) } else { sym = .scalar(name) }
            fresh.append(sym)
            made.append(Build.symbol(sym))
        }
        selectors[n.id] = made
        try constrain(&self, made)
        return made
    }

    /// lo ≤ s ≤ hi (for every coordinate).
    mutating func bound(_ s: Node, _ lo: Node, _ hi: Node) throws(DerivativeError) {
        constraints.append(try wrap { () throws(ShapeError) in try Build.compare(.le, lo, s) })
        constraints.append(try wrap { () throws(ShapeError) in try Build.compare(.le, s, hi) })
    }

    /// condition ⇒ lhs = rhs, coordinate by coordinate. For scalars an implication; for
    /// vectors (a condition has one truth value, "for every coordinate") wᵏ·(lhs − rhs) = 0
    /// for each strict witness wᵏ of the condition (`Selection.strictWitnesses`).
    mutating func pointwiseImplies(_ condition: Node, _ lhs: Node, _ rhs: Node) throws(DerivativeError) {
        let parts = try wrap { () throws(ShapeError) -> [Node] in
            let conditionDim = try Build.conditionDimension(condition)
            let isVector = lhs.sort.isVector || rhs.sort.isVector || conditionDim != nil
            if !isVector { return [try Build.implies(condition, Build.compare(.eq, lhs, rhs))] }
            guard let ws = try Selection.strictWitnesses(condition) else {
                throw ShapeError("internal: a coordinate-wise implication needs strict comparisons")
            }
            let difference = try Build.sub(lhs, rhs)
            return try ws.map { w throws(ShapeError) in try Build.compare(.eq, Build.mul([w, difference]), Self.zero) }
        }
        constraints.append(contentsOf: parts)
    }

    /// s's value on each side of the kink of u at 0, and its range at the kink:
    /// (0 < u ⇒ s = positive) ∧ (u < 0 ⇒ s = negative) ∧ (u = 0 ⇒ lo ≤ s ≤ hi).
    mutating func pin(_ s: Node, where u: Node, positive: Node, negative: Node, zeroRange: (Int, Int)) throws(DerivativeError) {
        let (lo, hi) = (Build.constant(Rational(zeroRange.0)), Build.constant(Rational(zeroRange.1)))
        let (pos, neg) = try wrap { () throws(ShapeError) in
            (try Build.compare(.lt, Self.zero, u), try Build.compare(.lt, u, Self.zero))
        }
        try pointwiseImplies(pos, s, positive)
        try pointwiseImplies(neg, s, negative)
        if s.sort.isVector {
            // The range holds in every coordinate (it is implied away from the kink).
            try bound(s, lo, hi)
        } else {
            constraints.append(
                try wrap { () throws(ShapeError) in
                    try Build.implies(
                        Build.compare(.eq, u, Self.zero), Build.and([Build.compare(.le, lo, s), Build.compare(.le, s, hi)]))
                })
        }
    }

    // MARK: reverse mode

    /// The gradient of the scalar root with respect to the vector variable.
    mutating func reverse() throws(DerivativeError) -> Node {
        // Nodes that depend on the variable (through numbers; conditions count as constant).
        var depends = Set<Int>()
        var order: [Node] = []
        root.postOrder { n in
            guard n.sort != .bool else { return }
            if case .symbol(let s) = n.op {
                if s == variable { depends.insert(n.id) }
            } else {
                var it = n.args.makeIterator()
                while let a = it.next() {
                    if depends.contains(a.id) && a.sort != .bool {
                        depends.insert(n.id)
                        break
                    }
                }
            }
            if depends.contains(n.id) { order.append(n) }
        }
        guard depends.contains(root.id) else { return Self.zero }
        var adjoint: [Int: [Node]] = [root.id: [Self.one]]
        var gradient = Self.zero
        for n in order.reversed() {
            guard let parts = adjoint[n.id] else { continue }
            adjoint[n.id] = nil
            let a = try wrap { () throws(ShapeError) in try Build.add(parts) }
            if Self.isZero(a) { continue }
            if case .symbol = n.op {
                gradient = a
                continue
            }
            switch n.op {
            case .sum, .norm1, .norm2, .normInf, .normP, .dot:
                let gs = try reductionGradients(n)
                for (child, g) in zip(n.args, gs) where depends.contains(child.id) {
                    adjoint[child.id, default: []].append(try wrap { () throws(ShapeError) in try Build.mul([a, g]) })
                }
            default:
                // Coordinate-wise: the Jacobian is diagonal, so the contribution to one argument
                // is the forward rule with that argument's derivative set to the adjoint.
                for (i, child) in n.args.enumerated() where depends.contains(child.id) && child.sort != .bool {
                    var ds = Array(repeating: Self.zero, count: n.args.count)
                    ds[i] = a
                    let c = try pointwise(n, ds)
                    adjoint[child.id, default: []].append(try collapse(c, into: child, from: n))
                }
            }
        }
        return gradient
    }
}
