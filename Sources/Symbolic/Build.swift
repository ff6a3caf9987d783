import BigInt

/// An error building an expression: operands of incompatible shapes or sorts.
public struct ShapeError: Error, Sendable, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Smart constructors: every node is built here, with shape checking and the light,
/// value-preserving simplifications that make the DAG canonical (constant folding,
/// flattened and sorted sums and products, like terms collected, powers merged).
///
/// The simplifications never change the value of an expression where it is defined;
/// they never cancel x·x⁻¹ (which would widen the domain).
public enum Build {
    // MARK: leaves

    public static func constant(_ r: Rational) -> Node { intern(.constant(r), [], sort: .real) }
    public static func symbol(_ s: Symbol) -> Node {
        switch s.shape {
        case .scalar: return intern(.symbol(s), [], sort: .real)
        case .vector(let d): return intern(.symbol(s), [], sort: .vector(dim: d))
        }
    }
    public static func boolean(_ b: Bool) -> Node { intern(.boolean(b), [], sort: .bool) }

    static let zero = constant(0)
    static let one = constant(1)
    /// 1/0: the one canonical form of an expression that is undefined everywhere (a product
    /// or sum with a factor 0^(-k)). It evaluates to a division-by-zero error.
    static let undefined = intern(.power(-1), [zero], sort: .real)

    // MARK: shapes

    /// The sort of a coordinate-wise combination of numeric operands (scalars broadcast).
    static func numericSort(_ args: [Node], _ what: String) throws(ShapeError) -> Sort {
        var dim: String?
        for a in args {
            switch a.sort {
            case .bool: throw ShapeError("\(what) expects numbers, got a condition")
            case .real: break
            case .vector(let d):
                if let e = dim, e != d { throw ShapeError("\(what) mixes vectors of dimensions \(e) and \(d)") }
                dim = d
            }
        }
        return dim.map { .vector(dim: $0) } ?? .real
    }

    static func requireBool(_ args: [Node], _ what: String) throws(ShapeError) {
        for a in args where a.sort != .bool { throw ShapeError("\(what) expects conditions, got a number") }
    }

    // MARK: arithmetic

    public static func add(_ terms: [Node]) throws(ShapeError) -> Node {
        _ = try numericSort(terms, "+")
        // Flatten, then collect coefficient per monomial.
        var constant = Rational.zero
        var coeffs: [Int: (Node, Rational)] = [:]
        var order: [Int] = []
        var stack = Array(terms.reversed())
        while let t = stack.popLast() {
            if case .add = t.op {
                stack.append(contentsOf: t.args.reversed())
                continue
            }
            if let c = t.constantValue {
                constant += c
                continue
            }
            if t === undefined { return undefined }
            let (c, m) = splitCoefficient(t)
            if let existing = coeffs[m.id] {
                coeffs[m.id] = (m, existing.1 + c)
            } else {
                coeffs[m.id] = (m, c)
                order.append(m.id)
            }
        }
        var out: [Node] = []
        for key in order {
            guard let (m, c) = coeffs[key], !c.isZero else { continue }
            out.append(scaled(m, by: c))
        }
        out.sort(by: Node.canonicalLess)
        if !constant.isZero || out.isEmpty { out.insert(Build.constant(constant), at: 0) }
        if out.count == 1 { return out[0] }  // a scalar constant broadcasts to any vector
        // The sort of what survives: (a + x) - x is the scalar a, whatever the operands were.
        return intern(.add, out, sort: try numericSort(out, "+"))
    }

    /// c·m with the coefficient split off (c = 1 when there is none).
    static func splitCoefficient(_ t: Node) -> (Rational, Node) {
        if case .mul = t.op, let c = t.args.first?.constantValue {
            let rest = Array(t.args.dropFirst())
            if rest.count == 1 { return (c, rest[0]) }
            return (c, intern(.mul, rest, sort: t.sort))
        }
        return (.one, t)
    }

    /// c·m for a non-constant monomial m (already canonical).
    static func scaled(_ m: Node, by c: Rational) -> Node {
        if c == .one { return m }
        if case .mul = m.op {
            return intern(.mul, [constant(c)] + m.args, sort: m.sort)
        }
        return intern(.mul, [constant(c), m], sort: m.sort)
    }

    public static func mul(_ factors: [Node]) throws(ShapeError) -> Node {
        _ = try numericSort(factors, "*")
        var coefficient = Rational.one
        // base id → (base, exponent); exponents of different signs are kept apart.
        var powers: [PowerKey: (Node, Rational)] = [:]
        var order: [PowerKey] = []
        var stack = Array(factors.reversed())
        var hasZeroDivisor = false
        while let f = stack.popLast() {
            if case .mul = f.op {
                stack.append(contentsOf: f.args.reversed())
                continue
            }
            if let c = f.constantValue {
                coefficient *= c
                continue
            }
            var base = f
            var e = Rational.one
            if case .power(let k) = f.op, k.isInteger {
                base = f.args[0]
                e = k
            }
            if f === undefined || (base.constantValue == .zero && e.signum < 0) { hasZeroDivisor = true }
            let key = PowerKey(base: base.id, negative: e.signum < 0)
            if let (b, old) = powers[key] {
                powers[key] = (b, old + e)
            } else {
                powers[key] = (base, e)
                order.append(key)
            }
        }
        if hasZeroDivisor { return undefined }
        if coefficient.isZero { return zero }
        var out: [Node] = []
        for key in order {
            guard let (b, e) = powers[key] else { continue }
            out.append(try power(b, e))
        }
        // Factors that folded to constants (e.g. x^0) join the coefficient.
        var rest: [Node] = []
        for f in out {
            if let c = f.constantValue { coefficient *= c } else if case .mul = f.op {
                // power() never returns a product, but stay safe.
                rest.append(contentsOf: f.args)
            } else {
                rest.append(f)
            }
        }
        if coefficient.isZero && !hasZeroDivisor { return zero }
        rest.sort(by: Node.canonicalLess)
        if rest.isEmpty { return constant(coefficient) }
        if coefficient == .one && rest.count == 1 { return rest[0] }
        // Distribute a constant over a single sum: c·(a + b) → c·a + c·b keeps sums canonical.
        if rest.count == 1, case .add = rest[0].op {
            return try add(rest[0].args.map { a throws(ShapeError) in try mul([constant(coefficient), a]) })
        }
        if coefficient != .one { rest.insert(constant(coefficient), at: 0) }
        return intern(.mul, rest, sort: try numericSort(rest, "*"))
    }

    /// Constant powers are folded only while the result stays below 4,096 bits (≈ 1,200 digits),
    /// so text like 9^9^9 cannot make the parser (or anything else) hang; larger powers
    /// stay symbolic.
    static let foldLimit: UInt = 1 << 12

    static func foldable(_ c: Rational, _ k: Int) -> Bool {
        if c.isZero || c.magnitude == .one { return true }
        let bits = c.numerator.magnitude.bitWidth + c.denominator.magnitude.bitWidth
        let (total, overflow) = UInt(bits).multipliedReportingOverflow(by: k.magnitude)
        return !overflow && total <= foldLimit
    }

    struct PowerKey: Hashable {
        let base: Int
        let negative: Bool
    }

    public static func power(_ base: Node, _ e: Rational) throws(ShapeError) -> Node {
        let sort = try numericSort([base], "^")
        if e == .one { return base }
        if base === undefined { return undefined }
        if e.isZero { return one }
        if let c = base.constantValue {
            if c.isZero && e.signum < 0 { return undefined }
            if let k = e.intValue, foldable(c, k), let v = c.power(k) { return constant(v) }
            if !e.isInteger, c.signum >= 0, let k = Int(exactly: e.denominator), k <= 64,
                let n = Int(exactly: e.numerator), let root = c.exactRoot(k), foldable(root, n), let v = root.power(n)
            {
                return constant(v)
            }
        }
        // (b^a)^e = b^(a·e) for integer a and e.
        if case .power(let a) = base.op, a.isInteger, e.isInteger {
            return try power(base.args[0], a * e)
        }
        // (c·m)^k = c^k · m^k for integer k keeps products flat.
        if e.isInteger, case .mul = base.op, let k = e.intValue {
            return try mul(base.args.map { a throws(ShapeError) in try power(a, Rational(k)) })
        }
        return intern(.power(e), [base], sort: sort)
    }

    public static func neg(_ a: Node) throws(ShapeError) -> Node { try mul([constant(-1), a]) }
    public static func sub(_ a: Node, _ b: Node) throws(ShapeError) -> Node { try add([a, try neg(b)]) }
    public static func div(_ a: Node, _ b: Node) throws(ShapeError) -> Node {
        if let c = b.constantValue, let inv = c.reciprocal { return try mul([constant(inv), a]) }
        return try mul([a, try power(b, -1)])
    }

    // MARK: non-smooth

    public static func unary(_ op: Op, _ a: Node) throws(ShapeError) -> Node {
        let sort = try numericSort([a], op.name)
        if let c = a.constantValue {
            switch op {
            case .sign: return constant(Rational(c.signum))
            case .abs: return constant(c.magnitude)
            case .relu: return constant(c.signum > 0 ? c : .zero)
            case .sqrt: if let r = c.exactRoot(2), c.signum >= 0 { return constant(r) }
            case .exp: if c.isZero { return one }
            case .log: if c == .one { return zero }
            default: break
            }
        }
        switch (op, a.op) {
        case (.abs, .abs), (.relu, .relu), (.sign, .sign): return a
        default: break
        }
        return intern(op, [a], sort: sort)
    }

    public static func sign(_ a: Node) throws(ShapeError) -> Node { try unary(.sign, a) }
    public static func abs(_ a: Node) throws(ShapeError) -> Node { try unary(.abs, a) }
    public static func relu(_ a: Node) throws(ShapeError) -> Node { try unary(.relu, a) }
    public static func sqrt(_ a: Node) throws(ShapeError) -> Node { try unary(.sqrt, a) }
    public static func exp(_ a: Node) throws(ShapeError) -> Node { try unary(.exp, a) }
    public static func log(_ a: Node) throws(ShapeError) -> Node { try unary(.log, a) }

    public static func maxOrMin(_ isMax: Bool, _ xs: [Node]) throws(ShapeError) -> Node {
        let op: Op = isMax ? .max : .min
        guard !xs.isEmpty else { throw ShapeError("\(op.name) needs at least one argument") }
        _ = try numericSort(xs, op.name)
        var items: [Node] = []
        var seen = Set<Int>()
        var best: Rational?
        var stack = Array(xs.reversed())
        while let x = stack.popLast() {
            if x.op == op {
                stack.append(contentsOf: x.args.reversed())
                continue
            }
            if let c = x.constantValue {
                best = best.map { isMax ? Rational.max($0, c) : Rational.min($0, c) } ?? c
                continue
            }
            if seen.insert(x.id).inserted { items.append(x) }
        }
        items.sort(by: Node.canonicalLess)
        if let b = best { items.insert(constant(b), at: 0) }
        if items.count == 1 { return items[0] }
        return intern(op, items, sort: try numericSort(items, op.name))
    }

    public static func clip(_ x: Node, _ lo: Node, _ hi: Node) throws(ShapeError) -> Node {
        let sort = try numericSort([x, lo, hi], "clip")
        if let a = x.constantValue, let l = lo.constantValue, let h = hi.constantValue, l <= h {
            return constant(Rational.min(Rational.max(a, l), h))
        }
        return intern(.clip, [x, lo, hi], sort: sort)
    }

    public static func ite(_ c: Node, _ a: Node, _ b: Node) throws(ShapeError) -> Node {
        try requireBool([c], "ite")
        var sort = try numericSort([a, b], "ite")
        // A condition over vectors is read coordinate-wise, so the result is a vector even
        // when both branches are scalars: ite(x > 0, 1, 0) is the indicator vector of x > 0.
        if let d = try conditionDimension(c) {
            if case .vector(let e) = sort, e != d {
                throw ShapeError("ite mixes vectors of dimensions \(d) and \(e)")
            }
            sort = .vector(dim: d)
        }
        if case .boolean(let v) = c.op { return v ? a : b }
        if a === b { return a }
        return intern(.ite, [c, a, b], sort: sort)
    }

    /// The dimension of the vectors a condition compares (looking through not/and/or/=>),
    /// or nil for a condition on scalars only.
    static func conditionDimension(_ c: Node) throws(ShapeError) -> String? {
        var dim: String?
        var stack = [c]
        var seen = Set<Int>()
        while let n = stack.popLast() {
            guard seen.insert(n.id).inserted else { continue }
            switch n.op {
            case .le, .lt, .eq:
                if case .vector(let d) = try numericSort(n.args, n.op.name) {
                    if let e = dim, e != d { throw ShapeError("a condition mixes vectors of dimensions \(e) and \(d)") }
                    dim = d
                }
            case .not, .and, .or, .implies:
                stack.append(contentsOf: n.args)
            default:
                break
            }
        }
        return dim
    }

    // MARK: reductions

    public static func reduce(_ op: Op, _ v: Node) throws(ShapeError) -> Node {
        // A vector expression can fold to the scalar 0 (x - x); its reductions are 0.
        if v.constantValue == .zero, op != .dot { return zero }
        if v === undefined { return undefined }
        guard v.sort.isVector else { throw ShapeError("\(op.name) expects a vector, got a scalar") }
        switch op {
        case .sum, .norm1, .norm2, .normInf: break
        case .normP(let p):
            // One spelling per norm: ‖·‖_1 and ‖·‖_2 are norm1 and norm2.
            if p == .one { return intern(.norm1, [v], sort: .real) }
            if p == Rational(2) { return intern(.norm2, [v], sort: .real) }
        default: throw ShapeError("\(op.name) is not a reduction")
        }
        return intern(op, [v], sort: .real)
    }

    public static func dot(_ a: Node, _ b: Node) throws(ShapeError) -> Node {
        if a === undefined || b === undefined {
            _ = try numericSort([a, b], "dot")
            return undefined
        }
        if a.constantValue == .zero || b.constantValue == .zero {
            _ = try numericSort([a, b], "dot")
            return zero
        }
        guard a.sort.isVector, b.sort.isVector else { throw ShapeError("dot expects two vectors") }
        _ = try numericSort([a, b], "dot")
        let (x, y) = Node.canonicalLess(b, a) ? (b, a) : (a, b)
        return intern(.dot, [x, y], sort: .real)
    }

    // MARK: boolean

    public static func compare(_ op: Op, _ a: Node, _ b: Node) throws(ShapeError) -> Node {
        _ = try numericSort([a, b], op.name)
        if let x = a.constantValue, let y = b.constantValue {
            switch op {
            case .le: return boolean(x <= y)
            case .lt: return boolean(x < y)
            case .eq: return boolean(x == y)
            default: break
            }
        }
        if op == .eq && Node.canonicalLess(b, a) { return intern(.eq, [b, a], sort: .bool) }
        if a === b { return boolean(op != .lt) }
        return intern(op, [a, b], sort: .bool)
    }

    public static func not(_ c: Node) throws(ShapeError) -> Node {
        try requireBool([c], "not")
        if case .boolean(let v) = c.op { return boolean(!v) }
        if case .not = c.op { return c.args[0] }
        return intern(.not, [c], sort: .bool)
    }

    public static func and(_ cs: [Node]) throws(ShapeError) -> Node { try junction(true, cs) }
    public static func or(_ cs: [Node]) throws(ShapeError) -> Node { try junction(false, cs) }

    static func junction(_ isAnd: Bool, _ cs: [Node]) throws(ShapeError) -> Node {
        let op: Op = isAnd ? .and : .or
        try requireBool(cs, op.name)
        var items: [Node] = []
        var seen = Set<Int>()
        var stack = Array(cs.reversed())
        while let c = stack.popLast() {
            if c.op == op {
                stack.append(contentsOf: c.args.reversed())
                continue
            }
            if case .boolean(let v) = c.op {
                if v == isAnd { continue }
                return boolean(v)
            }
            if seen.insert(c.id).inserted { items.append(c) }
        }
        if items.isEmpty { return boolean(isAnd) }
        if items.count == 1 { return items[0] }
        return intern(op, items, sort: .bool)
    }

    public static func implies(_ a: Node, _ b: Node) throws(ShapeError) -> Node {
        try requireBool([a, b], "=>")
        if case .boolean(let v) = a.op { return v ? b : boolean(true) }
        if case .boolean(true) = b.op { return b }
        return intern(.implies, [a, b], sort: .bool)
    }

    // MARK: generic

    /// Rebuilds a node of operator `op` over new children through the smart constructors.
    public static func apply(_ op: Op, _ args: [Node]) throws(ShapeError) -> Node {
        func arity(_ n: Int) throws(ShapeError) {
            if args.count != n { throw ShapeError("\(op.name) expects \(n) argument\(n == 1 ? "" : "s"), got \(args.count)") }
        }
        switch op {
        case .constant(let r): try arity(0); return constant(r)
        case .symbol(let s): try arity(0); return symbol(s)
        case .boolean(let b): try arity(0); return boolean(b)
        case .add: return try add(args)
        case .mul: return try mul(args)
        case .power(let e): try arity(1); return try power(args[0], e)
        case .sign, .abs, .relu, .sqrt, .exp, .log: try arity(1); return try unary(op, args[0])
        case .max: return try maxOrMin(true, args)
        case .min: return try maxOrMin(false, args)
        case .clip: try arity(3); return try clip(args[0], args[1], args[2])
        case .ite: try arity(3); return try ite(args[0], args[1], args[2])
        case .sum, .norm1, .norm2, .normInf, .normP: try arity(1); return try reduce(op, args[0])
        case .dot: try arity(2); return try dot(args[0], args[1])
        case .le, .lt, .eq: try arity(2); return try compare(op, args[0], args[1])
        case .not: try arity(1); return try not(args[0])
        case .and: return try and(args)
        case .or: return try or(args)
        case .implies: try arity(2); return try implies(args[0], args[1])
        }
    }
}
