public import Symbolic
public import Verification

/// What a scaling mutation multiplies.
public enum ScaleTarget: Sendable, Hashable, CustomStringConvertible {
    /// The value of a named definition of the claim (e.g. the Lyapunov weight `c`).
    case definition(String)
    /// The right-hand side of a hypothesis (by index): a ⋈ b becomes a ⋈ k·b (e.g. the step
    /// bound ελ ≤ 1, the box radius ‖λx‖∞ ≤ 1).
    case hypothesisBound(Int)
    /// The right-hand side of the goal: a ⋈ b becomes a ⋈ k·b.
    case goalBound
    /// Every occurrence of a subterm of the claim (matched by identity of the canonical
    /// node, in definitions, hypotheses and goal), e.g. ⟨u, m̃⟩ in Δ or Σu² in the L term.
    case subterm(Expr)

    public var description: String {
        switch self {
        case .definition(let n): return "definition \(n)"
        case .hypothesisBound(let i): return "right-hand side of hypothesis \(i)"
        case .goalBound: return "right-hand side of the goal"
        case .subterm(let e): return "subterm \(e)"
        }
    }
}

/// A systematic mutation of a claim (issue 12, "a mutation suite over the catalogue").
public enum MutationOperator: Sendable, Hashable, CustomStringConvertible {
    /// Multiply a coefficient by an exact rational.
    case scale(ScaleTarget, by: Rational)
    /// Leave out one hypothesis (by index).
    case dropHypothesis(Int)
    /// Reverse the goal's comparison: a ≤ b becomes b ≤ a (a < b becomes b < a).
    case flipGoal
    /// a ≤ b becomes a < b and back.
    case toggleStrictness
    /// Exchange two parameters in the dynamics: substituted simultaneously in the definitions,
    /// the goal and every hypothesis that mentions a state variable; the parameters' domains
    /// and the hypotheses on parameters alone (β1 ≤ β2, ελ ≤ 1) stay as they are.
    case swapParameters(String, String)
    /// The explicit update x + ε(S − λx) becomes the implicit (x + εS)/(1 + ελ) and back,
    /// wherever it occurs (also as a factor of λx⁺ or a term of a sum).
    case toggleScheme

    /// The operator's family: "scale", "drop", "flip", "strictness", "swap", "scheme".
    public var kind: String {
        switch self {
        case .scale: return "scale"
        case .dropHypothesis: return "drop"
        case .flipGoal: return "flip"
        case .toggleStrictness: return "strictness"
        case .swapParameters: return "swap"
        case .toggleScheme: return "scheme"
        }
    }

    public var description: String {
        switch self {
        case .scale(let t, let k): return "scale \(t) by \(k)"
        case .dropHypothesis(let i): return "drop hypothesis \(i)"
        case .flipGoal: return "flip the goal's inequality"
        case .toggleStrictness: return "toggle the goal's strictness"
        case .swapParameters(let a, let b): return "swap \(a) ↔ \(b) in the dynamics"
        case .toggleScheme: return "explicit ↔ implicit scheme"
        }
    }
}

/// Why a mutation could not be applied (its target is not in the claim, or it changes nothing).
public struct MutationError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Claim {
    /// The claim with one mutation applied, renamed `name`. Throws when the mutation's target
    /// is missing or the mutant would be the same claim.
    public func mutated(_ op: MutationOperator, name: String) throws(MutationError) -> Claim {
        var c = self
        c.name = name
        switch op {
        case .scale(let target, let k):
            guard k != 1 else { throw MutationError("scaling by 1 changes nothing") }
            try c.scale(target, by: k)
        case .dropHypothesis(let i):
            guard c.hypotheses.indices.contains(i) else { throw MutationError("no hypothesis \(i) (the claim has \(c.hypotheses.count))") }
            c.hypotheses.remove(at: i)
        case .flipGoal:
            let (cmp, a, b) = try MutationNodes.comparison(c.goal, "the goal")
            guard cmp != .eq else { throw MutationError("an equation has no direction to flip") }
            c.goal = try MutationNodes.compare(cmp, b, a)
        case .toggleStrictness:
            let (cmp, a, b) = try MutationNodes.comparison(c.goal, "the goal")
            switch cmp {
            case .le: c.goal = try MutationNodes.compare(.lt, a, b)
            case .lt: c.goal = try MutationNodes.compare(.le, a, b)
            default: throw MutationError("an equation has no strictness")
            }
        case .swapParameters(let p, let q):
            let names = Set(parameters.map(\.symbol.name))
            guard p != q, names.contains(p), names.contains(q) else { throw MutationError("\(p) and \(q) must be two parameters of the claim") }
            let swap: [Symbol: Expr] = [.scalar(p): .scalar(q), .scalar(q): .scalar(p)]
            let parameterSymbols = Set(parameters.map(\.symbol))
            c.definitions = c.definitions.map { ($0.0, $0.1.substituting(swap)) }
            c.hypotheses = c.hypotheses.map { $0.symbols.isSubset(of: parameterSymbols) ? $0 : $0.substituting(swap) }
            c.goal = c.goal.substituting(swap)
        case .toggleScheme:
            try c.rewriteEverywhere(MutationNodes.schemeToggle(in: c))
        }
        guard !c.sameStatement(as: self) else { throw MutationError("the mutation \(op) leaves the claim unchanged") }
        return c
    }

    private mutating func scale(_ target: ScaleTarget, by k: Rational) throws(MutationError) {
        let factor = Expr(k)
        switch target {
        case .definition(let n):
            guard let i = definitions.firstIndex(where: { $0.0.name == n }) else { throw MutationError("no definition \(n)") }
            definitions[i].1 = factor * definitions[i].1
        case .hypothesisBound(let i):
            guard hypotheses.indices.contains(i) else { throw MutationError("no hypothesis \(i) (the claim has \(hypotheses.count))") }
            let (cmp, a, b) = try MutationNodes.comparison(hypotheses[i], "hypothesis \(i)")
            hypotheses[i] = try MutationNodes.compare(cmp, a, try MutationNodes.times(k, b))
        case .goalBound:
            let (cmp, a, b) = try MutationNodes.comparison(goal, "the goal")
            goal = try MutationNodes.compare(cmp, a, try MutationNodes.times(k, b))
        case .subterm(let t):
            guard allNodes().contains(t.node.id) else { throw MutationError("the subterm \(t) does not occur in the claim") }
            try rewriteEverywhere([t.node.id: (factor * t).node])
        }
    }

    /// Ids of every node of the definitions, hypotheses and goal.
    func allNodes() -> Set<Int> {
        var ids = Set<Int>()
        for n in rootNodes { n.postOrder { ids.insert($0.id) } }
        return ids
    }

    var rootNodes: [Node] { definitions.map(\.1.node) + hypotheses.map(\.node) + [goal.node] }

    /// Replaces nodes (by id) in definitions, hypotheses and goal.
    mutating func rewriteEverywhere(_ map: [Int: Node]) throws(MutationError) {
        do {
            definitions = try definitions.map { d throws(ShapeError) in (d.0, Expr(try d.1.node.replacing(map))) }
            hypotheses = try hypotheses.map { h throws(ShapeError) in Constraint(try h.node.replacing(map)) }
            goal = Constraint(try goal.node.replacing(map))
        } catch {
            throw MutationError("the mutated claim is ill-shaped: \(error)")
        }
    }

    /// Same definitions, hypotheses, goal, parameters and kind (names aside).
    public func sameStatement(as o: Claim) -> Bool {
        kind == o.kind && parameters == o.parameters && hypotheses == o.hypotheses && goal == o.goal
            && definitions.count == o.definitions.count
            && zip(definitions, o.definitions).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}

/// The node-level pieces of the operators.
enum MutationNodes {
    static func comparison(_ c: Constraint, _ what: String) throws(MutationError) -> (Op, Node, Node) {
        switch c.node.op {
        case .le, .lt, .eq: return (c.node.op, c.node.args[0], c.node.args[1])
        default: throw MutationError("\(what) is not a single comparison: \(c)")
        }
    }

    static func compare(_ op: Op, _ a: Node, _ b: Node) throws(MutationError) -> Constraint {
        do { return Constraint(try Build.compare(op, a, b)) } catch { throw MutationError("\(error)") }
    }

    static func times(_ k: Rational, _ b: Node) throws(MutationError) -> Node {
        do { return try Build.mul([Build.constant(k), b]) } catch { throw MutationError("\(error)") }
    }

    static let x = Expr.vector("x")
    static let eps = Expr.scalar("eps")
    static let lam = Expr.scalar("lam")

    static func explicitUpdate(_ s: Expr) -> Expr { x + eps * (s - lam * x) }
    static func implicitUpdate(_ s: Expr) -> Expr { (x + eps * s) / (1 + eps * lam) }

    /// The replacements that turn every explicit update x + ε(S − λx) of the claim into the
    /// implicit (x + εS)/(1 + ελ) and back. Canonical sums and products are flattened, so the
    /// update is found as a pair of operands: the terms x and ε(S − λx) of a sum, or the
    /// factors x + εS and (1 + ελ)⁻¹ of a product (λ·x⁺ is one product).
    static func schemeToggle(in claim: Claim) throws(MutationError) -> [Int: Node] {
        var candidates: [Node] = []
        var seen = Set<Int>()
        for root in claim.rootNodes {
            root.postOrder { n in if n.sort == x.sort, seen.insert(n.id).inserted { candidates.append(n) } }
        }
        // ε(S − λx) → S and x + εS → S, for every vector subterm S of the claim.
        var explicitStep: [Int: Expr] = [:]
        var implicitNumerator: [Int: Expr] = [:]
        for n in candidates {
            let s = Expr(n)
            explicitStep[(eps * (s - lam * x)).node.id] = s
            implicitNumerator[(x + eps * s).node.id] = s
        }
        let inverseDenominator = (1 + eps * lam).pow(-1).node
        var map: [Int: Node] = [:]
        for n in candidates {
            switch n.op {
            case .add where n.args.contains(where: { $0 === x.node }):
                guard let i = n.args.firstIndex(where: { explicitStep[$0.id] != nil }), let s = explicitStep[n.args[i].id] else { continue }
                var rest = n.args
                rest.remove(at: i)
                rest.remove(at: rest.firstIndex(where: { $0 === x.node })!)
                map[n.id] = sum(rest.map { Expr($0) } + [implicitUpdate(s)]).node
            case .mul where n.args.contains(where: { $0 === inverseDenominator }):
                guard let i = n.args.firstIndex(where: { implicitNumerator[$0.id] != nil }), let s = implicitNumerator[n.args[i].id] else { continue }
                var rest = n.args
                rest.remove(at: i)
                rest.remove(at: rest.firstIndex(where: { $0 === inverseDenominator })!)
                map[n.id] = product(rest.map { Expr($0) } + [explicitUpdate(s)]).node
            default: continue
            }
        }
        guard !map.isEmpty else { throw MutationError("no update x + ε(S − λx) or (x + εS)/(1 + ελ) in the claim") }
        return map
    }
}
