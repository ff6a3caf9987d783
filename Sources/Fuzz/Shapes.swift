/// Shapes of a claim's names: which are vectors, and the definitions (macros) by name.
struct Shapes: Sendable {
    let vectors: Set<String>
    let definitions: [String: FExpr]

    init(_ claim: FClaim) {
        var vs = Set(claim.variables.filter(\.isVector).map(\.name))
        var defs: [String: FExpr] = [:]
        for d in claim.definitions {
            defs[d.name] = d.value
            // A definition is a vector when its expression is (evaluated with the earlier ones).
            if Shapes(vectors: vs, definitions: defs).isVector(d.value) { vs.insert(d.name) }
        }
        vectors = vs
        definitions = defs
    }

    init(vectors: Set<String>, definitions: [String: FExpr]) {
        self.vectors = vectors
        self.definitions = definitions
    }

    func isVector(_ e: FExpr) -> Bool {
        switch e {
        case .num, .coord: return false
        case .name(let n): return vectors.contains(n)
        case .sum, .dot, .norm1, .norm2, .normInf: return false
        case .ite(let c, let a, let b): return isVectorCondition(c) || isVector(a) || isVector(b)
        default: return e.children.contains(where: isVector)
        }
    }

    /// Whether a condition compares vectors (outside reductions); as an `ite` condition it
    /// then makes the `ite` coordinate-wise.
    func isVectorCondition(_ c: FCond) -> Bool {
        switch c {
        case .cmp(_, let a, let b): return isVector(a) || isVector(b)
        case .and(let p, let q), .or(let p, let q), .implies(let p, let q): return isVectorCondition(p) || isVectorCondition(q)
        case .not(let p): return isVectorCondition(p)
        }
    }
}

extension FClaim {
    /// The largest coordinate index written explicitly (`x[2]` → 2), through definitions.
    var maxCoordinate: Int {
        var m = 0
        func visit(_ e: FExpr) {
            switch e {
            case .coord(_, let i): m = Swift.max(m, i)
            case .ite(let c, let a, let b):
                visitC(c)
                visit(a)
                visit(b)
            default: e.children.forEach(visit)
            }
        }
        func visitC(_ c: FCond) {
            switch c {
            case .cmp(_, let a, let b):
                visit(a)
                visit(b)
            case .and(let p, let q), .or(let p, let q), .implies(let p, let q):
                visitC(p)
                visitC(q)
            case .not(let p): visitC(p)
            }
        }
        definitions.forEach { visit($0.value) }
        hypotheses.forEach(visitC)
        visitC(goal)
        return m
    }

    /// Whether any vector occurs (variables or definitions used).
    var mentionsVectors: Bool { variables.contains(where: \.isVector) }
}
