import Symbolic

/// A claim at one dimension d, written with scalars only: definitions substituted, vectors
/// expanded into coordinates `x[i]`, reductions into sums and maxima, vector comparisons into
/// conjunctions over the coordinates and a vector `ite` into one `ite` per coordinate (its
/// condition read at that coordinate). The fuzzer's own expansion, separate from Symbolic's.
struct ScalarClaim: Sendable {
    let dimension: Int
    let hypotheses: [FCond]
    let goal: FCond
    /// Scalar unknowns: parameters first, then state scalars and coordinates.
    let parameters: [FParam]
    let unknowns: [String]
}

struct CoordinateOutOfRange: Error {
    let name: String
    let index: Int
}

enum Instantiate {
    /// nil when the claim names a coordinate beyond d (`x[2]` at d = 1).
    static func claim(_ c: FClaim, dimension d: Int) -> ScalarClaim? {
        let shapes = Shapes(c)
        let ex = Expander(shapes: shapes, dimension: d)
        do {
            let hyps = try c.hypotheses.map { try ex.condition($0) }
            let goal = try ex.condition(c.goal)
            var unknowns: [String] = []
            for v in c.variables {
                if v.isVector {
                    for i in 1...d { unknowns.append(Render.expr(.coord(v.name, i))) }
                } else {
                    unknowns.append(v.name)
                }
            }
            return ScalarClaim(dimension: d, hypotheses: hyps, goal: goal, parameters: c.params, unknowns: unknowns)
        } catch {
            return nil
        }
    }
}

struct Expander {
    let shapes: Shapes
    let dimension: Int

    /// The coordinates of e (a scalar repeated d times).
    func coords(_ e: FExpr) throws(CoordinateOutOfRange) -> [FExpr] {
        guard shapes.isVector(e) else { return Array(repeating: try scalar(e), count: dimension) }
        let d = dimension
        func map1(_ a: FExpr, _ f: (FExpr) -> FExpr) throws(CoordinateOutOfRange) -> [FExpr] { try coords(a).map(f) }
        func map2(_ a: FExpr, _ b: FExpr, _ f: (FExpr, FExpr) -> FExpr) throws(CoordinateOutOfRange) -> [FExpr] {
            let xs = try coords(a), ys = try coords(b)
            return (0..<d).map { f(xs[$0], ys[$0]) }
        }
        switch e {
        case .name(let n):
            if let v = shapes.definitions[n] { return try coords(v) }
            return (1...d).map { .coord(n, $0) }
        case .neg(let a): return try map1(a) { .neg($0) }
        case .sqrt(let a): return try map1(a) { .sqrt($0) }
        case .sign(let a): return try map1(a) { .sign($0) }
        case .abs(let a): return try map1(a) { .abs($0) }
        case .relu(let a): return try map1(a) { .relu($0) }
        case .pow(let a, let k): return try map1(a) { .pow($0, k) }
        case .add(let a, let b): return try map2(a, b) { .add($0, $1) }
        case .sub(let a, let b): return try map2(a, b) { .sub($0, $1) }
        case .mul(let a, let b): return try map2(a, b) { .mul($0, $1) }
        case .div(let a, let b): return try map2(a, b) { .div($0, $1) }
        case .max(let xs), .min(let xs):
            var cs: [[FExpr]] = []
            for x in xs { cs.append(try coords(x)) }
            return (0..<d).map { i in
                let args = cs.map { $0[i] }
                if case .max = e { return .max(args) }
                return .min(args)
            }
        case .clip(let a, let lo, let hi):
            let xs = try coords(a), ls = try coords(lo), hs = try coords(hi)
            return (0..<d).map { .clip(xs[$0], ls[$0], hs[$0]) }
        case .ite(let c, let a, let b):
            let xs = try coords(a), ys = try coords(b)
            var out: [FExpr] = []
            for i in 0..<d { out.append(.ite(try project(c, i), xs[i], ys[i])) }
            return out
        case .num, .coord, .sum, .dot, .norm1, .norm2, .normInf:
            return Array(repeating: try scalar(e), count: d)
        }
    }

    /// A scalar-shaped expression with vectors expanded.
    func scalar(_ e: FExpr) throws(CoordinateOutOfRange) -> FExpr {
        func total(_ xs: [FExpr]) -> FExpr { xs.dropFirst().reduce(xs[0]) { .add($0, $1) } }
        switch e {
        case .num: return e
        case .name(let n):
            if let v = shapes.definitions[n] { return try scalar(v) }
            return e
        case .coord(let n, let i):
            guard i >= 1, i <= dimension else { throw CoordinateOutOfRange(name: n, index: i) }
            if let v = shapes.definitions[n] { return try coords(v)[i - 1] }
            return e
        case .neg(let a): return .neg(try scalar(a))
        case .sqrt(let a): return .sqrt(try scalar(a))
        case .sign(let a): return .sign(try scalar(a))
        case .abs(let a): return .abs(try scalar(a))
        case .relu(let a): return .relu(try scalar(a))
        case .pow(let a, let k): return .pow(try scalar(a), k)
        case .add(let a, let b): return .add(try scalar(a), try scalar(b))
        case .sub(let a, let b): return .sub(try scalar(a), try scalar(b))
        case .mul(let a, let b): return .mul(try scalar(a), try scalar(b))
        case .div(let a, let b): return .div(try scalar(a), try scalar(b))
        case .max(let xs):
            var out: [FExpr] = []
            for x in xs { out.append(try scalar(x)) }
            return .max(out)
        case .min(let xs):
            var out: [FExpr] = []
            for x in xs { out.append(try scalar(x)) }
            return .min(out)
        case .clip(let a, let b, let c): return .clip(try scalar(a), try scalar(b), try scalar(c))
        case .ite(let c, let a, let b): return .ite(try condition(c), try scalar(a), try scalar(b))
        case .sum(let a): return total(try coords(a))
        case .dot(let a, let b):
            let xs = try coords(a), ys = try coords(b)
            return total((0..<dimension).map { .mul(xs[$0], ys[$0]) })
        case .norm1(let a): return total(try coords(a).map { .abs($0) })
        case .norm2(let a): return .sqrt(total(try coords(a).map { .pow($0, 2) }))
        case .normInf(let a): return .max(try coords(a).map { .abs($0) })
        }
    }

    /// A condition as a whole: a vector comparison holds in every coordinate.
    func condition(_ c: FCond) throws(CoordinateOutOfRange) -> FCond {
        switch c {
        case .cmp(let op, let a, let b):
            guard shapes.isVector(a) || shapes.isVector(b) else { return .cmp(op, try scalar(a), try scalar(b)) }
            let xs = try coords(a), ys = try coords(b)
            if op == .ne {
                // a != b is not (a == b): the vectors differ somewhere.
                return .not(conjunction((0..<dimension).map { .cmp(.eq, xs[$0], ys[$0]) }))
            }
            return conjunction((0..<dimension).map { .cmp(op, xs[$0], ys[$0]) })
        case .and(let p, let q): return .and(try condition(p), try condition(q))
        case .or(let p, let q): return .or(try condition(p), try condition(q))
        case .not(let p): return .not(try condition(p))
        case .implies(let p, let q): return .implies(try condition(p), try condition(q))
        }
    }

    /// A condition read at coordinate i (0-based), for a coordinate-wise `ite`.
    func project(_ c: FCond, _ i: Int) throws(CoordinateOutOfRange) -> FCond {
        switch c {
        case .cmp(let op, let a, let b): return .cmp(op, try coords(a)[i], try coords(b)[i])
        case .and(let p, let q): return .and(try project(p, i), try project(q, i))
        case .or(let p, let q): return .or(try project(p, i), try project(q, i))
        case .not(let p): return .not(try project(p, i))
        case .implies(let p, let q): return .implies(try project(p, i), try project(q, i))
        }
    }

    func conjunction(_ cs: [FCond]) -> FCond { cs.dropFirst().reduce(cs[0]) { .and($0, $1) } }
}
