// Coordinate-wise selection without a coordinate-wise condition.
//
// A condition has one truth value (a vector comparison holds when it holds in every
// coordinate, also inside an `ite`), so "aᵢ where pᵢ < qᵢ, else bᵢ" for vectors of a
// symbolic dimension is written with numbers instead: indicators built from sign and relu.

enum Selection {
    /// 1 where the condition holds coordinate by coordinate and 0 elsewhere, with sign(0) = 0:
    /// 1[p < q] = relu(sign(q − p)), 1[p ≤ q] = 1 − relu(sign(p − q)), 1[p = q] = 1 − |sign(p − q)|,
    /// products for ∧, maxima for ∨, 1 − · for ¬. With sign(0) any value in [−1, 1] an
    /// indicator at a tie lies in [0, 1] (a blend of the two sides).
    static func indicator(_ c: Node) throws(ShapeError) -> Node {
        switch c.op {
        case .boolean(let v): return Build.constant(v ? .one : .zero)
        case .lt: return try Build.relu(Build.sign(Build.sub(c.args[1], c.args[0])))
        case .le: return try Build.sub(Build.one, Build.relu(Build.sign(Build.sub(c.args[0], c.args[1]))))
        case .eq: return try Build.sub(Build.one, Build.abs(Build.sign(Build.sub(c.args[0], c.args[1]))))
        case .not: return try Build.sub(Build.one, indicator(c.args[0]))
        case .and: return try Build.mul(c.args.map { a throws(ShapeError) in try indicator(a) })
        case .or: return try Build.maxOrMin(true, c.args.map { a throws(ShapeError) in try indicator(a) })
        case .implies: return try Build.maxOrMin(true, [Build.sub(Build.one, indicator(c.args[0])), indicator(c.args[1])])
        default: throw ShapeError("internal: \(c.op.name) is not a condition")
        }
    }

    /// ite(c, a, b) read coordinate by coordinate: an `ite` when c is a condition on scalars,
    /// else 1[c]·a + (1 − 1[c])·b (both branches must then be defined).
    static func choose(_ c: Node, _ a: Node, _ b: Node) throws(ShapeError) -> Node {
        if try Build.conditionDimension(c) == nil { return try Build.ite(c, a, b) }
        if a === b { return a }
        let w = try indicator(c)
        return try Build.add([Build.mul([w, a]), Build.mul([Build.sub(Build.one, w), b])])
    }

    /// Nonnegative terms wᵏ such that, in each coordinate, the condition holds iff some wᵏ is
    /// > 0: relu(q − p) for p < q, products for ∧, the union for ∨. nil for other conditions.
    /// Convention-free (no sign): "c ⇒ l = r in every coordinate" is ∧ₖ wᵏ·(l − r) = 0.
    static func strictWitnesses(_ c: Node) throws(ShapeError) -> [Node]? {
        switch c.op {
        case .boolean(let v): return v ? [Build.one] : []
        case .lt: return [try Build.relu(Build.sub(c.args[1], c.args[0]))]
        case .or:
            var out: [Node] = []
            for a in c.args {
                guard let w = try strictWitnesses(a) else { return nil }
                out += w
            }
            return out
        case .and:
            var out: [Node] = [Build.one]
            for a in c.args {
                guard let w = try strictWitnesses(a) else { return nil }
                var next: [Node] = []
                for x in out { for y in w { next.append(try Build.mul([x, y])) } }
                out = next
            }
            return out
        default: return nil
        }
    }
}
