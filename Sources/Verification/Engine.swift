import Foundation
import Synchronization
public import Symbolic

/// How the engine runs.
public struct EngineOptions: Sendable {
    /// Worker threads (one solver context each).
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Per-query timeout in seconds.
    public var queryTimeout: Double? = 60
    /// Global time budget in seconds for the whole claim.
    public var budget: Double? = 600
    /// How `sign` is read at 0.
    public var convention: SubgradientConvention = .implementation
    /// At most this many cases per dimension; beyond it non-smooth operators stay as ite.
    public var caseLimit: Int = 4096
    /// Keep each case's SMT-LIB2 text in the result.
    public var exportSMT: Bool = false
    /// Bisect parameter boxes of unknown cases down to this width (nil: no bisection).
    public var bisectionMinWidth: Rational? = nil
    /// At most this many boxes in a bisection.
    public var bisectionMaxBoxes: Int = 64
    /// Above this many pieces, the unsplit query is tried first for `directTimeout` seconds.
    public var directThreshold: Int = 16
    public var directTimeout: Double = 2
    /// Reductions to leave out, by name ("worst-case-elimination", "separability",
    /// "case-split", "clear-denominators"): for measuring what each one buys. Leaving one
    /// out never makes a verdict less sound, only slower or more often unknown.
    public var disabledReductions: Set<String> = []
    /// Called (from worker threads) after each query with a one-line progress message.
    public var progress: (@Sendable (String) -> Void)? = nil

    public init() {}
}

/// The verification engine: claim → reductions → case queries → verdict.
/// Nothing in it is specific to Lion; it never reports `proved` unless every query it sent
/// (cases and side conditions) was unsat.
public struct Engine: Sendable {
    public let backend: any QueryBackend
    public var options: EngineOptions
    public let cancellation: Cancellation

    public init(backend: any QueryBackend, options: EngineOptions = EngineOptions(), cancellation: Cancellation = Cancellation()) {
        self.backend = backend
        self.options = options
        self.cancellation = cancellation
    }

    /// Verifies a claim. Throws `ClaimError` only for malformed claims (before any query).
    public func verify(_ claim: Claim) throws(ClaimError) -> VerificationResult {
        if !claim.lemmas.isEmpty { return try verifyWithLemmas(claim) }
        let start = Date()
        let deadline = options.budget.map { start.addingTimeInterval($0) }
        var steps: [ReductionStep] = []
        if claim.kind == .forall {
            steps.append(
                ReductionStep(
                    name: "negation",
                    justification: "hypotheses ⇒ goal holds for all values iff hypotheses ∧ ¬goal is unsatisfiable",
                    detail: "each case asks for a counterexample"))
        }
        for p in claim.parameters where p.domain.isEmpty {
            throw ClaimError("parameter \(p.symbol.name) has an empty domain \(p.domain)")
        }
        let original = try Normalize.run(claim)
        steps += original.steps
        // Worst-case elimination at the vector level (before separability, which it can enable).
        var normalized = original
        var eliminated: [Elimination] = []
        if claim.kind == .forall && !options.disabledReductions.contains("worst-case-elimination") {
            let protected = Set(claim.parameters.map(\.symbol))
            let r = try WorstCase.run(hypotheses: &normalized.hypotheses, goal: &normalized.goal, protected: protected)
            eliminated = r.eliminated
            steps += r.steps
        }

        // Dimensions.
        var dims: [Int]
        var allDims = false
        var scope: String
        let hasVectors = (normalized.hypotheses + [normalized.goal]).contains { $0.mentionsVector }
        switch claim.dimensions {
        case .fixed(let ds):
            guard !ds.isEmpty, ds.allSatisfy({ $0 >= 1 }) else { throw ClaimError("dimensions must be ≥ 1") }
            dims = ds
            scope = hasVectors ? "d = " + ds.map(String.init).joined(separator: ", ") : "scalar claim"
        case .any(let fallback):
            if !hasVectors {
                dims = [1]
                allDims = true
                scope = "scalar claim (no vectors)"
            } else if claim.kind == .forall, !options.disabledReductions.contains("separability"),
                case let (ok, why) = Separability.analyze(normalized)
            {
                if ok {
                    dims = [1]
                    allDims = true
                    scope = "every d ≥ 1 (separable: decided at d = 1)"
                    steps.append(ReductionStep(name: "separability", justification: Separability.justification, detail: "checked at d = 1"))
                } else {
                    dims = fallback
                    scope = "d = " + fallback.map(String.init).joined(separator: ", ") + " only (not separable: \(why))"
                    steps.append(
                        ReductionStep(
                            name: "no-separability", justification: why,
                            detail: "checked at d = " + fallback.map(String.init).joined(separator: ", ") + " only"))
                }
            } else {
                dims = fallback
                scope = "d = " + fallback.map(String.init).joined(separator: ", ") + " only (∃-claims are checked per dimension)"
            }
        }

        // Side conditions (a denominator is nonzero, a radicand nonnegative): each must follow
        // from the parameter hypotheses by its own unsat query. Checked once, cached.
        var sideConditions: [Int: SideConditionRecord] = [:]
        var sideOrder: [Int] = []
        func establish(_ c: SideCondition, facts: [Node] = []) throws(ClaimError) -> SideConditionRecord {
            if let rec = sideConditions[c.term.id] { return rec }
            var rec = SideConditionRecord(condition: c, status: "pending", positive: false)
            // With the exp/log abstraction, its facts (true of the real functions) may be used.
            let params = normalized.parameterHypotheses + facts
            let t = c.term
            let zero = Build.constant(0)
            switch c.kind {
            case .nonzero:
                let pos = try check { () throws(ShapeError) in try Build.compare(.le, t, zero) }
                if case .unsat = ask(Query(label: "side: \(t) > 0", assertions: params + [pos]), deadline) {
                    rec.status = "proved > 0"
                    rec.positive = true
                } else {
                    let z = try check { () throws(ShapeError) in try Build.compare(.eq, t, zero) }
                    let out = ask(Query(label: "side: \(t) ≠ 0", assertions: params + [z]), deadline)
                    rec.status = out.isUnsat ? "proved ≠ 0" : "open: \(out.shortDescription)"
                }
            case .nonnegative:
                let neg = try check { () throws(ShapeError) in try Build.compare(.lt, t, zero) }
                let out = ask(Query(label: "side: \(t) ≥ 0", assertions: params + [neg]), deadline)
                rec.status = out.isUnsat ? "proved ≥ 0" : "open: \(out.shortDescription)"
            }
            sideConditions[c.term.id] = rec
            sideOrder.append(c.term.id)
            return rec
        }

        var abstraction = ExpAbstraction(prefix: "abs_")
        var abstractedAtoms = 0
        var abstractedFacts = 0

        /// Clears denominators of one case and attaches its side conditions.
        func prepare(_ c: SplitCase, label: String, dim: Int, instance: Instance) throws(ClaimError) -> PreparedCase {
            var pc = PreparedCase(
                label: label, dimension: dim, parameterHypotheses: normalized.parameterHypotheses, split: c,
                instance: instance, eliminated: eliminated, assertions: [], open: nil, sides: [])
            do {
                var formula = c.guards + c.formula
                var facts: [Node] = []
                if !options.disabledReductions.contains("exp-abstraction"), ExpAbstraction.mentions(formula) {
                    let a = try check { () throws(ShapeError) in try abstraction.run(formula) }
                    formula = a.formula + a.facts
                    facts = a.facts
                    pc.abstracted = true
                    abstractedAtoms = max(abstractedAtoms, a.atoms)
                    abstractedFacts = max(abstractedFacts, a.facts.count)
                }
                let cleared =
                    options.disabledReductions.contains("clear-denominators")
                    ? (formula: formula, definitions: [], sides: [], fresh: [])
                    : try Denominators.run(formula, freshPrefix: "aux_")
                pc.assertions = normalized.parameterHypotheses + cleared.definitions + cleared.formula
                for side in cleared.sides {
                    let rec = try establish(side, facts: facts)
                    pc.sides.append(side.term.id)
                    if !rec.status.hasPrefix("proved") {
                        pc.open = pc.open ?? "side condition \(side.description) not established (\(rec.status))"
                    }
                }
            } catch {
                pc.open = error.message
            }
            return pc
        }

        // Build every case of every dimension.
        var prepared: [PreparedCase] = []
        for d in dims {
            let instance = try instantiate(original, dim: d)
            let reduced = try instantiate(normalized, dim: d)
            let hyps = reduced.hypotheses
            let goal = reduced.goal
            let core: [Node] = try hyps + [claim.kind == .forall ? check { () throws(ShapeError) in try Build.not(goal) } : goal]
            let splitting = !options.disabledReductions.contains("case-split")
            let limit = splitting ? options.caseLimit : 1
            // Many pieces: first try the unsplit query briefly; it often decides at once.
            let estimate = CaseSplit.estimatedPieces(core)
            if splitting, estimate > options.directThreshold {
                let direct = try CaseSplit.unsplit(core, convention: options.convention, freshPrefix: "subgrad_")
                let pc = try prepare(direct, label: "d=\(d) unsplit", dim: d, instance: instance)
                var outcome: QueryOutcome?
                var seconds = 0.0
                if pc.open == nil, let t = timeout(deadline), !cancellation.isCancelled {
                    let t0 = Date()
                    let short = min(t ?? options.directTimeout, options.directTimeout)
                    let out = backend.check(Query(label: pc.label, assertions: pc.assertions), timeout: short, cancellation: cancellation)
                    outcome = out
                    seconds = Date().timeIntervalSince(t0)
                    options.progress?("\(pc.label): \(out.shortDescription) (\(String(format: "%.2f", seconds)) s)")
                }
                if let out = outcome, !out.isUnknown, !(pc.abstracted && !out.isUnsat) {
                    steps.append(
                        ReductionStep(
                            name: "unsplit-first",
                            justification:
                                "the case split (up to \(estimate) pieces) was not needed: the whole query (non-smooth operators as if-then-else\(options.convention == .any ? ", sign as a fresh s with t > 0 ⇒ s = 1, t < 0 ⇒ s = −1, −1 ≤ s ≤ 1" : "")) was decided within \(options.directTimeout) s",
                            detail: "d = \(d): \(out.shortDescription)"))
                    var decided = pc
                    decided.precomputed = (out, seconds)
                    prepared.append(decided)
                    continue
                }
                steps.append(
                    ReductionStep(
                        name: "unsplit-first",
                        justification: "the whole query was tried briefly before splitting (up to \(estimate) pieces)",
                        detail: "d = \(d): \(outcome?.shortDescription ?? "not sent"); splitting"))
            }

            let split = try CaseSplit.run(core, convention: options.convention, limit: limit, freshPrefix: "subgrad_")
            if d == dims[0] || dims.count > 1 {
                let detail =
                    "d = \(d): \(split.cases.count) case\(split.cases.count == 1 ? "" : "s")"
                    + (split.pruned > 0 ? ", \(split.pruned) pruned (constant guard false)" : "")
                    + (split.capped ? ", capped at \(limit): remaining operators lowered as if-then-else" : "")
                steps.append(
                    ReductionStep(
                        name: "case-split",
                        justification:
                            "each non-smooth operator is a polynomial on each piece of a finite partition (sign patterns, argmax, branches); the query is unsat iff it is unsat on every piece",
                        detail: detail))
                let subgrads = Set(split.cases.flatMap(\.subgradients))
                if !subgrads.isEmpty {
                    steps.append(
                        ReductionStep(
                            name: "subgradient-at-kink",
                            justification: "∂|·|(0) = [−1, 1]: at a zero argument sign may be any value in [−1, 1], modelled by a fresh variable",
                            detail: "\(subgrads.count) fresh variable\(subgrads.count == 1 ? "" : "s")"))
                }
            }
            for (k, c) in split.cases.enumerated() {
                let label = "d=\(d) case \(k + 1)/\(split.cases.count)" + (c.label.isEmpty ? "" : ": " + c.label.joined(separator: ", "))
                prepared.append(try prepare(c, label: label, dim: d, instance: instance))
            }
        }
        if prepared.contains(where: \.abstracted) {
            steps.append(
                ReductionStep(
                    name: "exp-abstraction", justification: ExpAbstraction.justification,
                    detail: "up to \(abstractedAtoms) exp/log atom\(abstractedAtoms == 1 ? "" : "s") and \(abstractedFacts) facts per case"))
        }
        if !sideConditions.isEmpty {
            steps.append(
                ReductionStep(
                    name: "clear-denominators",
                    justification:
                        "1/b is replaced by a fresh r with r·b = 1, √t by q ≥ 0 with q² = t, b^(p/q) by r ≥ 0 with r^q = b^p; exact when b ≠ 0 (resp. t, b ≥ 0), which is checked from the parameter hypotheses by its own query",
                    detail: sideOrder.compactMap { sideConditions[$0] }.map { "\($0.condition.description): \($0.status)" }
                        .joined(separator: "; ")))
        }

        // Run the case queries.
        let results = runCases(prepared, deadline: deadline, kind: claim.kind)
        var records: [CaseRecord] = []
        var counterexample: Counterexample?
        var open: [String] = []
        var anySat = false
        for (pc, r) in zip(prepared, results) {
            records.append(CaseRecord(label: pc.label, dimension: pc.dimension, status: r.status, seconds: r.seconds, smtlib2: r.smt))
            switch r.outcome {
            case .unsat?: break
            case .sat? where pc.abstracted:
                open.append("\(pc.label): \(ExpAbstraction.satReason)")
            case .sat(let model)?:
                anySat = true
                if counterexample == nil { counterexample = validate(model, pc, kind: claim.kind) }
            case .unknown(let why)?: open.append("\(pc.label): \(why)")
            case nil: if pc.open == nil && !anySatFound(results, prepared) { open.append("\(pc.label): \(r.status)") }
            }
            if let why = pc.open { open.append("\(pc.label): \(why)") }
        }

        // Bisection of parameter boxes for open cases.
        var boxes: [BoxResult] = []
        if !anySat, !open.isEmpty, let minWidth = options.bisectionMinWidth {
            let b = bisect(claim: claim, minWidth: minWidth, deadline: deadline)
            boxes = b.boxes
            if !b.boxes.isEmpty {
                steps.append(
                    ReductionStep(
                        name: "box-bisection",
                        justification: "the parameter domain is the union of the boxes; the claim holds iff it holds on every box",
                        detail: "\(b.boxes.count) boxes: "
                            + ["proved", "refuted", "unknown"].map { v in "\(b.boxes.filter { $0.verdict.name == v }.count) \(v)" }
                            .joined(separator: ", ")))
            }
            if b.boxes.allSatisfy({ $0.verdict == .proved }) && !b.boxes.isEmpty {
                open = []
            } else if let cx = b.counterexample {
                counterexample = cx
                anySat = true
            }
        }

        let verdict: Verdict
        switch claim.kind {
        case .forall:
            verdict = anySat ? .refuted : (open.isEmpty ? .proved : .unknown)
        case .exists:
            verdict = anySat ? .found : (open.isEmpty ? .noWitness : .unknown)
        }
        if verdict == .proved || verdict == .noWitness {
            // Soundness guard: every case and every side condition must have been unsat.
            precondition(results.allSatisfy { $0.outcome?.isUnsat ?? false } || !boxes.isEmpty)
        }
        return VerificationResult(
            claim: claim.name, kind: claim.kind, verdict: verdict, scope: scope, dimensionsChecked: dims,
            provedForAllDimensions: allDims && verdict == .proved, reductions: steps, cases: records,
            seconds: Date().timeIntervalSince(start), counterexample: counterexample, openCases: open, boxes: boxes,
            solver: backend.name)
    }

    // MARK: - pieces

    struct Instance {
        var parameterHypotheses: [Node]
        var hypotheses: [Node]
        var goal: Node
    }

    func instantiate(_ c: NormalizedClaim, dim: Int) throws(ClaimError) -> Instance {
        try check { () throws(ShapeError) in
            Instance(
                parameterHypotheses: c.parameterHypotheses,
                hypotheses: try c.hypotheses.map { h throws(ShapeError) in try Instantiation.expand(h, dim: dim) },
                goal: try Instantiation.expand(c.goal, dim: dim))
        }
    }

    struct PreparedCase: Sendable {
        var label: String
        var dimension: Int
        var parameterHypotheses: [Node]
        var split: SplitCase
        var instance: Instance
        var eliminated: [Elimination]
        var assertions: [Node]
        /// Set when the case cannot be decided (reason).
        var open: String?
        var sides: [Int]
        /// An outcome obtained while preparing (the unsplit attempt).
        var precomputed: (outcome: QueryOutcome, seconds: Double)? = nil
        /// exp/log were abstracted: only unsat counts (a model is not a counterexample).
        var abstracted = false
    }

    struct SideConditionRecord {
        var condition: SideCondition
        var status: String
        var positive: Bool
    }

    struct CaseRun: Sendable {
        var outcome: QueryOutcome?
        var status: String
        var seconds: Double
        var smt: String?
    }

    /// Whether some case found a model (then cases skipped after it are not open questions).
    func anySatFound(_ runs: [CaseRun], _ cases: [PreparedCase]) -> Bool {
        zip(runs, cases).contains { r, c in if case .sat? = r.outcome, !c.abstracted { true } else { false } }
    }

    func ask(_ q: Query, _ deadline: Date?) -> QueryOutcome {
        guard let t = timeout(deadline) else { return .unknown(reason: "budget exhausted") }
        return backend.check(q, timeout: t, cancellation: cancellation)
    }

    /// The per-query timeout left under the global deadline; nil when the budget is spent.
    func timeout(_ deadline: Date?) -> Double?? {
        guard let dl = deadline else { return .some(options.queryTimeout) }
        let left = dl.timeIntervalSinceNow
        if left <= 0 { return nil }
        return .some(min(options.queryTimeout ?? left, left))
    }

    func runCases(_ cases: [PreparedCase], deadline: Date?, kind: ClaimKind) -> [CaseRun] {
        let results = Mutex([CaseRun?](repeating: nil, count: cases.count))
        let found = Mutex(false)
        let done = Mutex(0)
        let me = self
        runParallel(
            count: cases.count, workers: options.jobs,
            stop: { found.withLock { $0 } || me.cancellation.isCancelled }
        ) { i in
            let pc = cases[i]
            let run: CaseRun
            if let why = pc.open {
                run = CaseRun(outcome: nil, status: "open: \(why)", seconds: 0, smt: nil)
            } else if let (out, secs) = pc.precomputed {
                let smt = me.options.exportSMT ? me.backend.smtlib2(Query(label: pc.label, assertions: pc.assertions)) : nil
                run = CaseRun(outcome: out, status: out.shortDescription, seconds: secs, smt: smt)
                if case .sat = out, !pc.abstracted { found.withLock { $0 = true } }
            } else {
                let q = Query(label: pc.label, assertions: pc.assertions)
                let smt = me.options.exportSMT ? me.backend.smtlib2(q) : nil
                let t0 = Date()
                let out = me.ask(q, deadline)
                let secs = Date().timeIntervalSince(t0)
                run = CaseRun(
                    outcome: out, status: pc.abstracted && !out.isUnsat && !out.isUnknown ? "abs-sat" : out.shortDescription,
                    seconds: secs, smt: smt)
                if case .sat = out, !pc.abstracted { found.withLock { $0 = true } }
            }
            results.withLock { $0[i] = run }
            let n = done.withLock { v -> Int in
                v += 1
                return v
            }
            me.options.progress?("[\(n)/\(cases.count)] \(pc.label): \(run.status) (\(String(format: "%.2f", run.seconds)) s)")
        }
        return results.withLock { rs in
            rs.map { $0 ?? CaseRun(outcome: nil, status: "skipped", seconds: 0, smt: nil) }
        }
    }

    /// Turns a model into a counterexample and re-checks it by exact evaluation of the
    /// instantiated claim (before worst-case elimination and splitting).
    func validate(_ model: [Symbol: ExactValue], _ pc: PreparedCase, kind: ClaimKind) -> Counterexample {
        var env: Environment<Rational> = [:]
        var irrational: [String] = []
        var values: [Symbol: ExactValue] = [:]
        let original = pc.instance.parameterHypotheses + pc.instance.hypotheses + [pc.instance.goal]
        var wanted = original.reduce(into: Set<Symbol>()) { $0.formUnion($1.symbols) }
        wanted.formUnion(pc.split.subgradients)
        for s in wanted {
            guard let v = model[s] else {
                // Unconstrained by the query: any value works; use 0.
                env[s] = .scalar(.zero)
                values[s] = .rational(.zero)
                continue
            }
            values[s] = v
            if let r = v.rational { env[s] = .scalar(r) } else { irrational.append(s.description) }
        }
        var notes: [String] = []
        for e in pc.eliminated {
            if let b = try? Instantiation.expand(e.bound, dim: pc.dimension), let r = try? Expr(b).evaluateScalar(env),
                let sym = e.variable.symbol
            {
                env[sym] = .scalar(r)
                values[sym] = .rational(r)
                notes.append("\(sym) = \(r) (its \(e.upper ? "upper" : "lower") bound, from worst-case elimination)")
            }
        }
        for s in pc.split.subgradients { if let v = values[s] { notes.append("subgradient choice \(s) = \(v)") } }
        let checkText: String
        if !irrational.isEmpty {
            checkText = "not checked exactly: irrational value for " + irrational.sorted().joined(separator: ", ")
        } else {
            // Subgradient choices at kinks replace the matching sign atoms in the original.
            let subMap = pc.split.replacements.filter { _, v in
                if let s = v.symbol { return pc.split.subgradients.contains(s) }
                return false
            }
            do {
                let hyps = try (pc.instance.parameterHypotheses + pc.instance.hypotheses).map { try Constraint($0.replacing(subMap)) }
                let goal = try Constraint(pc.instance.goal.replacing(subMap))
                let hypsHold = try hyps.allSatisfy { try $0.evaluate(env) }
                let goalHolds = try goal.evaluate(env)
                let ok = hypsHold && (kind == .forall ? !goalHolds : goalHolds)
                checkText = ok ? "exact" : "FAILED: the model does not violate the claim under exact evaluation"
            } catch {
                checkText = "not checked exactly: \(error)"
            }
        }
        return Counterexample(dimension: pc.dimension, values: values, caseLabel: pc.label, check: checkText, notes: notes)
    }

    // MARK: bisection

    /// Splits the parameter box (widest bounded parameter first) and verifies each box on its
    /// own, until every box is decided, boxes are narrower than `minWidth`, or the box limit.
    func bisect(claim: Claim, minWidth: Rational, deadline: Date?) -> (boxes: [BoxResult], counterexample: Counterexample?) {
        var sub = self
        sub.options.bisectionMinWidth = nil
        sub.options.progress = nil
        func halves(_ box: [String: ParameterDomain]) -> [[String: ParameterDomain]]? {
            let candidates = box.filter { $0.value.width.map { $0 > minWidth } ?? false }
            guard let w = candidates.max(by: { a, b in (a.value.width ?? 0, b.key) < (b.value.width ?? 0, a.key) }),
                let (lo, hi) = w.value.bisected()
            else { return nil }
            var a = box
            var b = box
            a[w.key] = lo
            b[w.key] = hi
            return [a, b]
        }
        let whole = Dictionary(uniqueKeysWithValues: claim.parameters.map { ($0.symbol.name, $0.domain) })
        guard var queue = halves(whole) else { return ([], nil) }
        var boxes: [BoxResult] = []
        var counterexample: Counterexample?
        while !queue.isEmpty {
            let box = queue.removeFirst()
            if let dl = deadline, Date() > dl || cancellation.isCancelled {
                boxes.append(BoxResult(box: box, verdict: .unknown))
                continue
            }
            var c = claim
            for (name, dom) in box { c = c.with(name, domain: dom) }
            let verdict = (try? sub.verify(c)).map { r -> Verdict in
                if r.verdict == .refuted, counterexample == nil { counterexample = r.counterexample }
                return r.verdict
            } ?? .unknown
            if verdict == .unknown, boxes.count + queue.count + 2 <= options.bisectionMaxBoxes, let hs = halves(box) {
                queue += hs
            } else {
                boxes.append(BoxResult(box: box, verdict: verdict))
            }
        }
        return (boxes, counterexample)
    }
}

extension QueryOutcome {
    var isUnsat: Bool { if case .unsat = self { true } else { false } }
    var isUnknown: Bool { if case .unknown = self { true } else { false } }
    var shortDescription: String {
        switch self {
        case .unsat: return "unsat"
        case .sat: return "sat"
        case .unknown(let r): return "unknown (\(r))"
        }
    }
}
