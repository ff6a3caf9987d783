import Symbolic

/// An error that stops the engine before any query is sent (malformed claim).
public struct ClaimError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

func check<T>(_ f: () throws(ShapeError) -> T) throws(ClaimError) -> T {
    do { return try f() } catch { throw ClaimError(error.message) }
}

/// How `sign` is read at 0.
public enum SubgradientConvention: String, Sendable, Codable, CaseIterable {
    /// sign(0) = 0, as in PyTorch/JAX code.
    case implementation
    /// At 0, sign may be any value in [−1, 1] (a fresh variable): the theorem's semantics.
    case any
}

// MARK: - Stage 1: normal form of a claim at the vector level

/// A claim with definitions inlined, parameter domains as hypotheses, and ‖·‖∞ bounds
/// turned into coordinate-wise bounds.
struct NormalizedClaim {
    var parameterHypotheses: [Node]
    var hypotheses: [Node]
    /// Ids of the hypotheses that are instances of proved lemmas (and no original hypothesis).
    var lemmaInstanceIDs: Set<Int> = []
    var goal: Node
    var steps: [ReductionStep]
}

enum Normalize {
    static func run(_ claim: Claim) throws(ClaimError) -> NormalizedClaim {
        var steps: [ReductionStep] = []
        let (hyps, goal) = claim.inlined()
        if !claim.definitions.isEmpty {
            steps.append(
                ReductionStep(
                    .inlineDefinitions,
                    justification: "definitions are abbreviations; substituting them changes no value",
                    detail: claim.definitions.map { $0.0.name }.joined(separator: ", ")))
        }
        var rewrites = 0
        var absRewrites = 0
        /// |t| ≤ r  ⟺  −r ≤ t ∧ t ≤ r (and likewise for <): no case split needed.
        func absBound(_ op: Op, _ t: Node, _ r: Node) throws(ShapeError) -> Node {
            try Build.and([try Build.compare(op, try Build.neg(r), t), try Build.compare(op, t, r)])
        }
        func normInfBounds(_ n: Node) throws(ClaimError) -> Node {
            try check { () throws(ShapeError) in
                // Inside an ite's condition a vector comparison is read coordinate by
                // coordinate (a coordinate-wise ite), so ‖v‖∞ ≤ r, one truth value, must stay.
                var inCondition = Set<Int>()
                n.postOrder { c in
                    if c.op == .ite { c.args[0].postOrder { inCondition.insert($0.id) } }
                }
                var map: [Int: Node] = [:]
                n.postOrder { c in
                    guard c.op == .le || c.op == .lt, !inCondition.contains(c.id) else { return }
                    let (a, b) = (c.args[0], c.args[1])
                    if case .normInf = a.op, !b.mentionsVector, let r = try? absBound(c.op, a.args[0], b) {
                        map[c.id] = r
                        rewrites += 1
                    } else if case .abs = a.op, let r = try? absBound(c.op, a.args[0], b) {
                        map[c.id] = r
                        absRewrites += 1
                    }
                }
                return try n.replacing(map)
            }
        }
        let params = claim.parameters.map { $0.domain.constraint(for: $0.expr).node }
        let instances = claim.inlinedLemmaInstances()
        var h = try (hyps + instances).map { c throws(ClaimError) in try normInfBounds(c.node) }
        var g = try normInfBounds(goal.node)
        if rewrites > 0 {
            steps.append(
                ReductionStep(
                    .normInfToCoordinates,
                    justification: "‖v‖∞ ≤ r (or < r) holds iff −r ≤ vᵢ ≤ r (or −r < vᵢ < r) for every coordinate i",
                    detail: "\(rewrites) bound\(rewrites == 1 ? "" : "s") rewritten"))
        }
        if absRewrites > 0 {
            steps.append(
                ReductionStep(
                    .absBound,
                    justification: "|t| ≤ r iff −r ≤ t ≤ r (and |t| < r iff −r < t < r): an equivalence, so no case split is needed",
                    detail: "\(absRewrites) bound\(absRewrites == 1 ? "" : "s") rewritten"))
        }
        // ‖v‖₂² = Σ vᵢ² keeps squared Euclidean norms polynomial.
        var squares = 0
        func normSquares(_ n: Node) throws(ClaimError) -> Node {
            try check { () throws(ShapeError) in
                var map: [Int: Node] = [:]
                n.postOrder { c in
                    if case .power(let e) = c.op, let k = e.intValue, k > 0, k % 2 == 0, case .norm2 = c.args[0].op,
                        let s = try? Build.power(Build.reduce(.sum, Build.power(c.args[0].args[0], 2)), Rational(k / 2))
                    {
                        map[c.id] = s
                        squares += 1
                    }
                }
                return try n.replacing(map)
            }
        }
        h = try h.map { c throws(ClaimError) in try normSquares(c) }
        g = try normSquares(g)
        if squares > 0 {
            steps.append(
                ReductionStep(
                    .normSquared, justification: "‖v‖₂^(2k) = (Σ vᵢ²)^k",
                    detail: "\(squares) occurrence\(squares == 1 ? "" : "s")"))
        }
        let originalIDs = Set(h.prefix(hyps.count).map(\.id))
        let instanceIDs = Set(h.suffix(instances.count).map(\.id)).subtracting(originalIDs)
        return NormalizedClaim(parameterHypotheses: params, hypotheses: h, lemmaInstanceIDs: instanceIDs, goal: g, steps: steps)
    }
}

// MARK: - Stage 2: separability

enum Separability {
    /// Whether "∀ d ≥ 1: hypotheses ⇒ goal" is equivalent to its instance at d = 1, and why not.
    static func analyze(_ c: NormalizedClaim) -> (separable: Bool, reason: String) {
        // x[1] names one coordinate: the claim singles it out, so it is not the same
        // statement about every coordinate (and d = 1 is not an instance of it for x[2]).
        if let s = (c.parameterHypotheses + c.hypotheses + [c.goal]).lazy.flatMap(\.symbols).first(where: { $0.index != nil }) {
            return (false, "the claim names the coordinate \(s) explicitly")
        }
        for h in c.parameterHypotheses + c.hypotheses where h.containsReduction {
            return (false, "a hypothesis couples coordinates through a reduction (sum, dot or norm)")
        }
        // ¬(x ≤ 0), (x ≤ 0) ∨ (y ≤ 0), (x ≤ 0) ⇒ (y ≤ 0) with vectors are not conditions
        // coordinate by coordinate (¬ of "for all i" is "for some i"). Exception: an instance
        // of a proved lemma, whose restriction to one coordinate is an instance of the lemma
        // at d = 1, true as well (the lemma step requires lemmas proved for every d when the
        // claim is decided for every d).
        for h in c.parameterHypotheses + c.hypotheses where !c.lemmaInstanceIDs.contains(h.id) && vectorComparisonUnderConnective(h) {
            return (false, "a hypothesis negates or combines vector comparisons (not coordinate by coordinate)")
        }
        if vectorComparisonUnderConnective(c.goal) {
            return (false, "the goal negates or combines vector comparisons (not coordinate by coordinate)")
        }
        for part in conjuncts(c.goal) {
            if !part.containsReduction { continue }  // coordinate-wise (or vector-free)
            guard part.op == .le || part.op == .lt || part.op == .eq,
                let diff = try? Build.sub(part.args[0], part.args[1]), isSeparableSum(diff)
            else {
                return (false, "the goal is not a coordinate-wise condition nor Σᵢ φ(coordinate i) compared with 0")
            }
        }
        return (true, "")
    }

    /// A comparison of vectors below a not, or, implies (or an ite's condition that is not projected).
    static func vectorComparisonUnderConnective(_ n: Node) -> Bool {
        n.contains { c in
            (c.op == .not || c.op == .or || c.op == .implies)
                && c.contains { d in (d.op == .le || d.op == .lt || d.op == .eq) && (d.args[0].sort.isVector || d.args[1].sort.isVector) }
        }
    }

    static func conjuncts(_ n: Node) -> [Node] {
        if case .and = n.op { return n.args }
        return [n]
    }

    /// Σ of coordinate-local terms with no vector-free remainder. A cancelled vector-free
    /// term 0·p (what the simplifier keeps of p − p when p is partial, e.g. 0·λ⁻¹) is 0
    /// wherever the claim is defined, at every d alike, so it is no remainder.
    static func isSeparableSum(_ n: Node) -> Bool {
        if Build.isZeroProduct(n) && !n.mentionsVector && !n.containsReduction { return true }
        switch n.op {
        case .sum, .norm1: return !n.args[0].containsReduction
        case .dot: return !n.args[0].containsReduction && !n.args[1].containsReduction
        case .add: return n.args.allSatisfy(isSeparableSum)
        case .mul:
            var summed = 0
            for f in n.args {
                if isSeparableSum(f) {
                    summed += 1
                } else if f.mentionsVector || f.containsReduction {
                    return false
                }
            }
            return summed == 1
        default: return false
        }
    }

    static let justification =
        "every hypothesis holds coordinate by coordinate (or involves no vector) and the goal is a coordinate-wise condition or Σᵢ φ(xᵢ, …) ⋈ 0 with ⋈ ∈ {≤, <, =}: if φ ⋈ 0 at d = 1 for all admissible values, each summand of the d-dimensional sum is such an instance, so the claim holds for every d ≥ 1; conversely d = 1 is one of the dimensions"
}

// MARK: - Stage 3: worst-case elimination (on an instantiated scalar claim)

struct Elimination {
    let variable: Node
    let bound: Node
    let upper: Bool
    /// The hypothesis it was eliminated with: its definedness must still be established.
    let hypothesis: Node
    /// The goal before and after the substitution (for the bundle's obligation
    /// goal_after ∧ hypothesis ∧ ¬goal_before unsat).
    var goalBefore: Node? = nil
    var goalAfter: Node? = nil
}

enum WorstCase {
    /// Eliminates scalar variables that occur in one non-strict one-sided hypothesis and
    /// linearly, with a constant coefficient of the unfavourable sign, in the goal.
    static func run(
        hypotheses: inout [Node], goal: inout Node, protected: Set<Symbol>
    ) throws(ClaimError) -> (eliminated: [Elimination], steps: [ReductionStep]) {
        var eliminated: [Elimination] = []
        var steps: [ReductionStep] = []
        var changed = true
        while changed {
            changed = false
            let candidates = Set(hypotheses.flatMap { Array($0.symbols) }).subtracting(protected)
            // Upper bounds first (f(x⁺) ≤ … reads better than f(x) ≥ …); both are exact.
            for (sym, wantUpper) in candidates.sorted().flatMap({ s in [(s, true), (s, false)] }).sorted(by: { a, b in
                a.1 != b.1 ? a.1 : a.0 < b.0
            }) where sym.index == nil && !sym.isVector {
                let v = Build.symbol(sym)
                let holders = hypotheses.indices.filter { hypotheses[$0].mentions(v) }
                guard holders.count == 1 else { continue }
                let hyp = hypotheses[holders[0]]
                // A scalar comparison only: a vector one (x ≤ v) means "for every coordinate",
                // and its "bound" would be a vector.
                guard hyp.op == .le, !hyp.args[0].sort.isVector, !hyp.args[1].sort.isVector,
                    let hd = try? Build.sub(hyp.args[0], hyp.args[1])
                else { continue }
                guard let (hc, hrest) = linearSplit(hd, v), hc.signum != 0 else { continue }
                // hc·v + hrest ≤ 0  ⇒  v ≤ −hrest/hc (hc > 0) or v ≥ −hrest/hc (hc < 0).
                let upper = hc.signum > 0
                guard upper == wantUpper else { continue }
                guard let bound = try? Build.mul([Build.constant(-1 / hc), hrest]), !bound.sort.isVector else { continue }
                // The goal must be "D ≤ 0" or "D < 0" with D = k·v + rest, k of the right sign, or not mention v.
                var newGoal: Node
                var detail: String
                if !goal.mentions(v) {
                    newGoal = goal
                    detail = "\(sym) occurs only in \(hyp); that hypothesis is satisfiable by \(sym) = \(bound), so it is dropped"
                } else {
                    guard goal.op == .le || goal.op == .lt, let gd = try? Build.sub(goal.args[0], goal.args[1]),
                        let (gc, _) = linearSplit(gd, v), gc.signum != 0, (gc.signum > 0) == upper
                    else { continue }
                    newGoal = try check { () throws(ShapeError) in try goal.substituting([sym: bound]) }
                    detail = "\(sym) := \(bound) (the \(upper ? "largest" : "smallest") value allowed by \(hyp))"
                }
                hypotheses.remove(at: holders[0])
                eliminated.append(Elimination(variable: v, bound: bound, upper: upper, hypothesis: hyp, goalBefore: goal, goalAfter: newGoal))
                goal = newGoal
                steps.append(
                    ReductionStep(
                        .worstCaseElimination,
                        justification:
                            "\(sym) occurs in no other hypothesis, and (goal's left side − right side) is linear in \(sym) with a constant coefficient whose sign makes the \(upper ? "upper" : "lower") bound the worst case: the goal holds for every admissible \(sym) iff it holds at the bound, and the bound is admissible, so a counterexample there is a counterexample",
                        detail: detail))
                changed = true
                break
            }
        }
        return (eliminated, steps)
    }

    /// If `d` = c·v + rest with a constant c and v not in rest, returns (c, rest).
    static func linearSplit(_ d: Node, _ v: Node) -> (Rational, Node)? {
        var coefficient: Rational?
        var rest: [Node] = []
        for t in d.sumTerms {
            if let c = t.coefficient(of: v) {
                guard coefficient == nil else { return nil }
                coefficient = c
            } else {
                if t.mentions(v) { return nil }
                rest.append(t)
            }
        }
        guard let c = coefficient, let r = try? Build.add(rest) else { return nil }
        return (c, r)
    }
}

// MARK: - Stage 4: case splitting of non-smooth operators

/// One case of the split: guards and the replaced formula.
struct SplitCase {
    var label: [String]
    var guards: [Node]
    /// Hypotheses, negated (∀) or plain (∃) goal, with the non-smooth atoms of this case replaced.
    var formula: [Node]
    /// Replacements applied (atom → value), for re-evaluating the original at a model.
    var replacements: [Int: Node]
    /// Fresh subgradient variables introduced at kinks.
    var subgradients: [Symbol]
    /// The replaced atoms themselves (by id, as in `replacements`), for the bundle's
    /// agreement obligation.
    var atoms: [Int: Node] = [:]
}

enum CaseSplit {
    static func isAtom(_ n: Node) -> Bool {
        switch n.op {
        case .sign, .abs, .relu, .max, .min, .clip, .ite, .normInf: return true
        default: return false
        }
    }

    /// An innermost non-smooth atom of the formula, if any.
    static func innermostAtom(_ formula: [Node]) -> Node? {
        var found: Node?
        for f in formula {
            f.postOrder { n in
                if found == nil, isAtom(n), !n.args.contains(where: { a in a.contains(where: isAtom) }) { found = n }
            }
            if found != nil { break }
        }
        return found
    }

    /// Splits until no non-smooth operator remains, or `limit` cases are reached (then the
    /// remaining operators stay in the formula and are lowered as if-then-else).
    static func run(
        _ formula: [Node], convention: SubgradientConvention, limit: Int, freshPrefix: String, recordAtoms: Bool = false
    ) throws(ClaimError) -> (cases: [SplitCase], capped: Bool, pruned: Int) {
        var done: [SplitCase] = []
        var work: [SplitCase] = [SplitCase(label: [], guards: [], formula: formula, replacements: [:], subgradients: [])]
        var capped = false
        var pruned = 0
        var freshCount = 0
        while let c = work.popLast() {
            guard let atom = innermostAtom(c.formula) else {
                done.append(c)
                continue
            }
            if done.count + work.count + 1 >= limit {
                capped = true
                done.append(c)
                continue
            }
            let branches = try check { () throws(ShapeError) in try cases(of: atom, in: c.formula) }
            for br in branches {
                var next = c
                var map = br.map
                var guards = br.guards
                var label = br.label
                if convention == .any, br.signAtZero {
                    // sign(t) at t = 0: any s ∈ [−1, 1].
                    freshCount += 1
                    let s = Fresh.symbol(freshPrefix, freshCount)
                    let sn = Build.symbol(s)
                    for (k, _) in map where br.signNodes.contains(k) { map[k] = sn }
                    guards += try check { () throws(ShapeError) in
                        [try Build.compare(.le, Build.constant(-1), sn), try Build.compare(.le, sn, Build.constant(1))]
                    }
                    label += " (sign = \(s) ∈ [-1, 1])"
                    next.subgradients.append(s)
                }
                let newGuards = guards.filter { g in !next.guards.contains(where: { $0 === g }) }
                if newGuards.contains(where: { if case .boolean(false) = $0.op { true } else { false } }) {
                    pruned += 1
                    continue
                }
                next.guards += newGuards.filter { if case .boolean(true) = $0.op { false } else { true } }
                next.label.append(label)
                next.formula = try check { () throws(ShapeError) in try c.formula.map { f throws(ShapeError) in try f.replacing(map) } }
                next.guards = try check { () throws(ShapeError) in try next.guards.map { f throws(ShapeError) in try f.replacing(map) } }
                for (k, v) in map { next.replacements[k] = v }
                for f in c.guards + c.formula where recordAtoms {
                    f.postOrder { n in if map[n.id] != nil, next.atoms[n.id] == nil { next.atoms[n.id] = n } }
                }
                if next.formula.contains(where: { if case .boolean(false) = $0.op { true } else { false } }) {
                    pruned += 1
                    continue
                }
                work.append(next)
            }
        }
        return (done.reversed(), capped, pruned)
    }

    /// An upper bound on the number of pieces a full split produces (saturating), from the
    /// non-smooth atoms present: 3 per sign argument, 2 per abs/relu argument, n per n-ary
    /// max/min, 4 per clip, 2 per ite. Cheap: no piece is built.
    static func estimatedPieces(_ formula: [Node]) -> Int {
        var families: [Int: Int] = [:]
        var others: [Int: Int] = [:]
        for f in formula {
            f.postOrder { n in
                switch n.op {
                case .sign: families[n.args[0].id] = 3
                case .abs, .relu: families[n.args[0].id] = max(families[n.args[0].id] ?? 2, 2)
                case .max, .min: others[n.id] = n.args.count
                case .clip: others[n.id] = 4
                case .ite: others[n.id] = 2
                case .normInf: others[n.id] = 2
                default: break
                }
            }
        }
        var total = 1
        for k in Array(families.values) + Array(others.values) {
            let (p, overflow) = total.multipliedReportingOverflow(by: k)
            total = overflow ? Int.max : p
        }
        return total
    }

    /// The whole formula as one piece: non-smooth operators stay (lowered as if-then-else),
    /// except that with the `.any` convention each sign(t) becomes a fresh s with
    /// t > 0 ⇒ s = 1, t < 0 ⇒ s = −1 and −1 ≤ s ≤ 1 (exactly the subdifferential of |·|).
    static func unsplit(_ formula: [Node], convention: SubgradientConvention, freshPrefix: String) throws(ClaimError) -> SplitCase {
        let c = SplitCase(label: ["unsplit"], guards: [], formula: formula, replacements: [:], subgradients: [])
        return convention == .any ? try freeSigns(c, freshPrefix: freshPrefix + "u") : c
    }

    /// Replaces every sign atom left in a case (unsplit, or beyond the case cap) by a fresh s
    /// constrained to the subdifferential: t > 0 ⇒ s = 1, t < 0 ⇒ s = −1, −1 ≤ s ≤ 1. Under
    /// the `.any` convention this is what sign means; the solver's if-then-else lowering of
    /// sign would read sign(0) as 0, a different claim.
    static func freeSigns(_ c: SplitCase, freshPrefix: String) throws(ClaimError) -> SplitCase {
        var signs: [Node] = []
        var seen = Set<Int>()
        for f in c.guards + c.formula {
            f.postOrder { n in if n.op == .sign, seen.insert(n.id).inserted { signs.append(n) } }
        }
        guard !signs.isEmpty else { return c }
        var out = c
        try check { () throws(ShapeError) in
            // Innermost first, so that an argument containing a sign is rewritten before use.
            var map: [Int: Node] = [:]
            var constraints: [Node] = []
            let zero = Build.constant(0)
            for (k, n) in signs.enumerated() {
                let s = Fresh.symbol(freshPrefix, k + 1)
                let sn = Build.symbol(s)
                let t = try n.args[0].replacing(map)
                map[n.id] = sn
                out.subgradients.append(s)
                out.replacements[n.id] = sn
                constraints += [
                    try Build.implies(Build.compare(.lt, zero, t), Build.compare(.eq, sn, Build.constant(1))),
                    try Build.implies(Build.compare(.lt, t, zero), Build.compare(.eq, sn, Build.constant(-1))),
                    try Build.compare(.le, Build.constant(-1), sn),
                    try Build.compare(.le, sn, Build.constant(1)),
                ]
            }
            out.formula = try c.formula.map { f throws(ShapeError) in try f.replacing(map) }
            out.guards = try c.guards.map { f throws(ShapeError) in try f.replacing(map) } + constraints
        }
        return out
    }

    struct Branch {
        var label: String
        var guards: [Node]
        var map: [Int: Node]
        var signAtZero = false
        var signNodes: Set<Int> = []
    }

    /// The branches for one atom. sign/abs/relu of the same argument split together.
    static func cases(of atom: Node, in formula: [Node]) throws(ShapeError) -> [Branch] {
        let zero = Build.constant(0)
        switch atom.op {
        case .sign, .abs, .relu:
            let t = atom.args[0]
            // All atoms on the same argument.
            var family: [Node] = []
            for f in formula {
                f.postOrder { n in
                    if (n.op == .sign || n.op == .abs || n.op == .relu) && n.args[0] === t { family.append(n) }
                }
            }
            let hasSign = family.contains { $0.op == .sign }
            let name = "\(t)"
            func values(_ s: Int) throws(ShapeError) -> [Int: Node] {
                var m: [Int: Node] = [:]
                for a in family {
                    switch a.op {
                    case .sign: m[a.id] = Build.constant(Rational(s))
                    case .abs: m[a.id] = s >= 0 ? t : try Build.neg(t)
                    default: m[a.id] = s > 0 ? t : zero
                    }
                }
                return m
            }
            let signIDs = Set(family.filter { $0.op == .sign }.map(\.id))
            if hasSign {
                return [
                    Branch(label: "\(name) > 0", guards: [try Build.compare(.lt, zero, t)], map: try values(1)),
                    Branch(
                        label: "\(name) = 0", guards: [try Build.compare(.eq, t, zero)], map: try values(0), signAtZero: true,
                        signNodes: signIDs),
                    Branch(label: "\(name) < 0", guards: [try Build.compare(.lt, t, zero)], map: try values(-1)),
                ]
            }
            return [
                Branch(label: "\(name) >= 0", guards: [try Build.compare(.le, zero, t)], map: try values(1)),
                Branch(label: "\(name) < 0", guards: [try Build.compare(.lt, t, zero)], map: try values(-1)),
            ]
        case .max, .min:
            let isMax = atom.op == .max
            var out: [Branch] = []
            for (j, a) in atom.args.enumerated() {
                var guards: [Node] = []
                for (k, b) in atom.args.enumerated() where k != j {
                    // a wins: strictly against earlier arguments, weakly against later ones (disjoint cases).
                    let (lo, hi) = isMax ? (b, a) : (a, b)
                    guards.append(try Build.compare(k < j ? .lt : .le, lo, hi))
                }
                out.append(Branch(label: "\(atom.op.name) = \(a)", guards: guards, map: [atom.id: a]))
            }
            return out
        case .clip:
            // clip(x, lo, hi) = min(max(x, lo), hi): split in that order.
            let inner = try Build.maxOrMin(true, [atom.args[0], atom.args[1]])
            let outer = try Build.maxOrMin(false, [inner, atom.args[2]])
            return [Branch(label: "clip as min(max(·))", guards: [], map: [atom.id: outer])]
        case .normInf:
            throw ShapeError("internal: ‖·‖∞ must be expanded before case splitting")
        case .ite:
            let c = atom.args[0]
            return [
                Branch(label: "\(c)", guards: [c], map: [atom.id: atom.args[1]]),
                Branch(label: "not (\(c))", guards: [try Build.not(c)], map: [atom.id: atom.args[2]]),
            ]
        default:
            throw ShapeError("internal: not a non-smooth atom: \(atom.op.name)")
        }
    }
}

// MARK: - Stage 5: clearing denominators and algebraic auxiliaries

/// A condition under which a partial operation is defined (a denominator is nonzero, a
/// radicand nonnegative, …). It must follow from the parameter hypotheses (for all values of
/// the state), and is checked by its own query, cached by (kind, term).
struct SideCondition: Hashable {
    enum Kind: String, Hashable, Sendable {
        case nonzero = "≠ 0"
        case nonnegative = "≥ 0"
        case positive = "> 0"
    }
    var kind: Kind
    var term: Node

    static func == (a: SideCondition, b: SideCondition) -> Bool { a.kind == b.kind && a.term === b.term }
    func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(term.id)
    }
    var description: String { "\(term) \(kind.rawValue)" }

    /// The negation of the condition (its query is unsat when the condition holds).
    func violation() throws(ShapeError) -> Node {
        let zero = Build.constant(0)
        switch kind {
        case .nonzero: return try Build.compare(.eq, term, zero)
        case .nonnegative: return try Build.compare(.lt, term, zero)
        case .positive: return try Build.compare(.le, term, zero)
        }
    }

    /// The condition itself.
    func holds() throws(ShapeError) -> Node { try Build.not(violation()) }
}

/// An auxiliary variable's defining constraints, exact where its side condition holds.
struct AuxiliaryDefinition {
    var side: SideCondition
    var constraints: [Node]

    /// The defining constraints under the side condition only (side ⇒ constraint): weaker
    /// than the constraints, so an unsat query still proves, and exact where the claim is
    /// defined (the auxiliary is free where the side condition fails).
    func guarded() throws(ClaimError) -> [Node] {
        let holds = try check { () throws(ShapeError) in try side.holds() }
        return try check { () throws(ShapeError) in try constraints.map { k throws(ShapeError) in try Build.implies(holds, k) } }
    }
}

enum Denominators {
    /// Replaces b^(−k) by r^k with r·b = 1 (b ≠ 0), √t by q with q ≥ 0 ∧ q² = t (t ≥ 0),
    /// b^(p/q) by r ≥ 0 with r^q = b^p for p > 0 (b ≥ 0) and by r > 0 with r^q·b^(−p) = 1 for
    /// p < 0 (b > 0). Constant bases are no exception (1/0 is undefined, not a value). Returns
    /// the new formula and, per auxiliary, its defining constraints and side condition.
    /// Throws for transcendental functions.
    static func run(_ formula: [Node], freshPrefix: String) throws(ClaimError) -> (
        formula: [Node], definitions: [AuxiliaryDefinition], fresh: [Symbol]
    ) {
        var defs: [AuxiliaryDefinition] = []
        var fresh: [Symbol] = []
        var byBase: [Int: Node] = [:]
        var sqrtOf: [Int: Node] = [:]
        var rootOf: [String: Node] = [:]
        var counter = 0
        func freshSymbol() -> Node {
            counter += 1
            let s = Fresh.symbol(freshPrefix, counter)
            fresh.append(s)
            return Build.symbol(s)
        }
        func isPartial(_ n: Node) -> Bool {
            switch n.op {
            case .power(let e): return !e.isInteger || e.signum < 0
            case .sqrt: return true
            default: return false
            }
        }
        var out = formula
        // Innermost first: a target's argument holds no partial operation any more.
        for _ in 0..<4096 {
            var target: Node?
            for f in out + defs.flatMap(\.constraints) {
                f.postOrder { n in
                    guard target == nil, isPartial(n), !n.args[0].contains(where: isPartial) else { return }
                    target = n
                }
                if target != nil { break }
            }
            guard let t = target else { break }
            let map: [Int: Node] = try check { () throws(ShapeError) -> [Int: Node] in
                let b = t.args[0]
                switch t.op {
                case .power(let e) where e.isInteger:
                    let r: Node
                    if let known = byBase[b.id] {
                        r = known
                    } else {
                        r = freshSymbol()
                        byBase[b.id] = r
                        defs.append(
                            AuxiliaryDefinition(
                                side: SideCondition(kind: .nonzero, term: b),
                                constraints: [try Build.compare(.eq, Build.mul([r, b]), Build.constant(1))]))
                    }
                    return [t.id: try Build.power(r, -e)]
                case .power(let e):
                    guard let q = Int(exactly: e.denominator), let p = Int(exactly: e.numerator) else {
                        throw ShapeError("exponent \(e) too large")
                    }
                    let key = "\(b.id)/\(q)/\(p)"
                    if let r = rootOf[key] { return [t.id: r] }
                    let r = freshSymbol()
                    rootOf[key] = r
                    if p > 0 {
                        defs.append(
                            AuxiliaryDefinition(
                                side: SideCondition(kind: .nonnegative, term: b),
                                constraints: [
                                    try Build.compare(.le, Build.constant(0), r),
                                    try Build.compare(.eq, Build.power(r, Rational(q)), Build.power(b, Rational(p))),
                                ]))
                    } else {
                        defs.append(
                            AuxiliaryDefinition(
                                side: SideCondition(kind: .positive, term: b),
                                constraints: [
                                    try Build.compare(.lt, Build.constant(0), r),
                                    try Build.compare(
                                        .eq, Build.mul([Build.power(r, Rational(q)), Build.power(b, Rational(-p))]), Build.constant(1)),
                                ]))
                    }
                    return [t.id: r]
                default:  // sqrt
                    let r: Node
                    if let known = sqrtOf[b.id] {
                        r = known
                    } else {
                        r = freshSymbol()
                        sqrtOf[b.id] = r
                        defs.append(
                            AuxiliaryDefinition(
                                side: SideCondition(kind: .nonnegative, term: b),
                                constraints: [
                                    try Build.compare(.le, Build.constant(0), r), try Build.compare(.eq, Build.power(r, 2), b),
                                ]))
                    }
                    return [t.id: r]
                }
            }
            out = try check { () throws(ShapeError) in try out.map { f throws(ShapeError) in try f.replacing(map) } }
            for i in defs.indices {
                defs[i].constraints = try check { () throws(ShapeError) in
                    try defs[i].constraints.map { f throws(ShapeError) in try f.replacing(map) }
                }
                defs[i].side.term = try check { () throws(ShapeError) in try defs[i].side.term.replacing(map) }
            }
        }
        for f in out + defs.flatMap(\.constraints) where f.contains(where: isPartial) {
            throw ClaimError("internal: a partial operation was left in \(f)")
        }
        for f in out + defs.flatMap(\.constraints) {
            if f.contains(where: { $0.op == .exp || $0.op == .log }) {
                throw ClaimError("exp/log are transcendental: the nonlinear real solver cannot decide them")
            }
        }
        return (out, defs, fresh)
    }
}

/// Partial operations the case split removes before denominators are cleared: clip(x, lo, hi)
/// is defined only when lo ≤ hi (reversed bounds are undefined, not min(max(·))).
enum PartialOperations {
    static func clipConditions(_ formula: [Node]) throws(ClaimError) -> [SideCondition] {
        var out: [SideCondition] = []
        var seen = Set<Int>()
        for f in formula {
            var found: [Node] = []
            f.postOrder { n in if n.op == .clip, seen.insert(n.id).inserted { found.append(n) } }
            for n in found {
                let gap = try check { () throws(ShapeError) in try Build.sub(n.args[2], n.args[1]) }
                out.append(SideCondition(kind: .nonnegative, term: gap))
            }
        }
        return out
    }
}
