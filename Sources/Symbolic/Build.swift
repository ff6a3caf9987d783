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
/// The simplifications never change the value of an expression where it is defined, and
/// never change where it is defined (`Definedness`): a fold drops or merges a subterm only
/// when that subterm is total, so x·x⁻¹, 1/(1/x) and 1/y − 1/y are not folded to 1, x and 0
/// (the last becomes 0·y⁻¹, which keeps y ≠ 0). Nor do they depend on the value of sign at
/// 0: sign is folded only at non-zero constants, so every convention for sign(0) (one value
/// in [−1, 1] per distinct argument) reads the built node as it reads the original.
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
            guard let (m, c) = coeffs[key] else { continue }
            if c.isZero {
                // A cancelled partial monomial keeps its definedness as 0·m.
                if !m.isTotal { out.append(try mul([zero, m])) }
                continue
            }
            out.append(scaled(m, by: c))
        }
        out.sort(by: Node.canonicalLess)
        if !constant.isZero || out.isEmpty { out.insert(Build.constant(constant), at: 0) }
        if out.count == 1 { return out[0] }  // a scalar constant broadcasts to any vector
        // The sort of what survives: (a + x) - x is the scalar a, whatever the operands were.
        return intern(.add, out, sort: try numericSort(out, "+"))
    }

    /// 0 times the given factors (base, exponent): 0 when all are total, else the canonical
    /// 0·(partial factors), which is 0 where they are defined and undefined elsewhere.
    static func zeroTimes(_ factors: [(Node, Rational)]) throws(ShapeError) -> Node {
        var partial: [Node] = []
        var seen = Set<Int>()
        var stack: [Node] = []
        for (b, e) in factors { stack.append(try power(b, e)) }
        while let f = stack.popLast() {
            if f.isTotal { continue }
            // Flatten products (0·(0·p) is 0·p; (x·y)⁻¹ is x⁻¹·y⁻¹); constants are total.
            if case .mul = f.op {
                stack.append(contentsOf: f.args)
                continue
            }
            if seen.insert(f.id).inserted { partial.append(f) }
        }
        if partial.isEmpty { return zero }
        partial.sort(by: Node.canonicalLess)
        return intern(.mul, [zero] + partial, sort: try numericSort(partial, "*"))
    }

    /// A product 0·p (p partial): the value 0 where p is defined.
    public static func isZeroProduct(_ n: Node) -> Bool {
        if case .mul = n.op, n.args.first?.constantValue == .zero { return true }
        return false
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
        if coefficient.isZero { return try zeroTimes(order.compactMap { powers[$0] }) }
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
        if coefficient.isZero { return try zeroTimes(rest.map { ($0, .one) }) }
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
        // t^0 = 1 only where t is defined: a partial base keeps its node.
        if e.isZero { return base.isTotal ? one : intern(.power(e), [base], sort: sort) }
        if let c = base.constantValue {
            if c.isZero && e.signum < 0 { return undefined }
            if let k = e.intValue, foldable(c, k), let v = c.power(k) { return constant(v) }
            if !e.isInteger, c.signum >= 0, let k = Int(exactly: e.denominator), k <= 64,
                let n = Int(exactly: e.numerator), let root = c.exactRoot(k), foldable(root, n), let v = root.power(n)
            {
                return constant(v)
            }
        }
        // (b^a)^e = b^(a·e) for integer a and e, except when both are negative and b can be 0:
        // 1/(1/x) is undefined at x = 0 and x is not (with one of them negative, both need
        // b ≠ 0). That case has one canonical form, (b^-1)^(-a·e): 1/(1/x) and (x^-2)^-1 are
        // (x^-1)^-1 and (x^-1)^-2.
        if case .power(let a) = base.op, a.isInteger, e.isInteger, !a.isZero {
            let b = base.args[0]
            if a.signum > 0 || e.signum > 0 || neverZero(b) { return try power(b, a * e) }
            if a == -1 { return intern(.power(e), [base], sort: sort) }
            return intern(.power(-(a * e)), [try power(b, -1)], sort: sort)
        }
        // (c·m)^k = c^k · m^k for integer k keeps products flat.
        if e.isInteger, case .mul = base.op, let k = e.intValue {
            return try mul(base.args.map { a throws(ShapeError) in try power(a, Rational(k)) })
        }
        return intern(.power(e), [base], sort: sort)
    }

    /// Syntactically never 0 where defined: a non-zero constant, a negative power, exp.
    static func neverZero(_ t: Node) -> Bool {
        switch t.op {
        case .constant(let c): return !c.isZero
        case .power(let k): return k.signum < 0 || neverZero(t.args[0])
        case .exp: return true
        default: return false
        }
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
            // sign(0) stays a node: its value is a convention (0, or any s in [−1, 1]).
            case .sign: if !c.isZero { return constant(Rational(c.signum)) }
            case .abs: return constant(c.magnitude)
            case .relu: return constant(c.signum > 0 ? c : .zero)
            case .sqrt: if let r = c.exactRoot(2), c.signum >= 0 { return constant(r) }
            case .exp: if c.isZero { return one }
            case .log: if c == .one { return zero }
            default: break
            }
        }
        // abs(abs t) = abs t and relu(relu t) = relu t hold under every convention; sign(sign t)
        // does not (sign(s) for s = sign(0) ∈ (0, 1) is 1), so it is kept.
        switch (op, a.op) {
        case (.abs, .abs), (.relu, .relu): return a
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
        // ite(c, a, a) = a needs c defined: only for a total condition.
        if a === b && c.isTotal { return a }
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
        // A vector expression can fold to the scalar 0 (x - x); its reductions are 0. A
        // scalar 0·p (v/y − v/y) reduces to itself: 0 where p is defined.
        if v.constantValue == .zero, op != .dot { return zero }
        if isZeroProduct(v) && !v.sort.isVector && op != .dot { return v }
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
        func isZero(_ n: Node) -> Bool { n.constantValue == .zero || (isZeroProduct(n) && !n.sort.isVector) }
        if isZero(a) || isZero(b) {
            _ = try numericSort([a, b], "dot")
            // 0 where both are defined: keep a partial operand's definedness (as Σ of a vector).
            func carrier(_ n: Node) throws(ShapeError) -> Node { n.sort.isVector ? try reduce(.sum, n) : n }
            return try mul([zero, carrier(a), carrier(b)])
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
        if a === b && a.isTotal { return boolean(op != .lt) }
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
        var decided = false
        var stack = Array(cs.reversed())
        while let c = stack.popLast() {
            if c.op == op {
                stack.append(contentsOf: c.args.reversed())
                continue
            }
            if case .boolean(let v) = c.op {
                if v != isAnd { decided = true }
                continue
            }
            if seen.insert(c.id).inserted { items.append(c) }
        }
        if decided {
            // and/or are strict: false ∧ p is false only where p is defined, so partial
            // operands stay beside the deciding constant.
            let partial = items.filter { !$0.isTotal }
            if partial.isEmpty { return boolean(!isAnd) }
            return intern(op, [boolean(!isAnd)] + partial, sort: .bool)
        }
        if items.isEmpty { return boolean(isAnd) }
        if items.count == 1 { return items[0] }
        return intern(op, items, sort: .bool)
    }

    public static func implies(_ a: Node, _ b: Node) throws(ShapeError) -> Node {
        try requireBool([a, b], "=>")
        if case .boolean(let v) = a.op { return v ? b : boolean(true) }
        if case .boolean(true) = b.op, a.isTotal { return b }
        if a === b && a.isTotal { return boolean(true) }
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
