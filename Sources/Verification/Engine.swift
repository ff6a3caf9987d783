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
    /// Reductions to leave out (`Reduction.optional`): for measuring what each one buys.
    /// Leaving one out never changes what the claim means, only how fast or how often it is
    /// decided (e.g. without clear-denominators a division is unsupported: unknown).
    public var disabledReductions: Set<Reduction> = []
    /// Look for a rational model near a model with irrational values (ModelRepair.swift: a
    /// search whose result counts only through the exact check of the claim as stated).
    public var rationalRepair: Bool = true
    /// Check models with irrational values in exact real algebraic arithmetic, from the
    /// polynomials the solver gives (RealAlgebraic.swift); off, such a model counts only after
    /// the rational repair.
    public var algebraicCheck: Bool = true
    /// Called (from worker threads) after each query with a one-line progress message.
    public var progress: (@Sendable (String) -> Void)? = nil
    /// Keep every query sent (cases, side conditions, definedness, the unsplit attempt) as
    /// SMT-LIB2 with its answer, and write and run the reductions' obligations
    /// (`VerificationResult.queries`, the proof bundle: docs/proof-logs.md).
    public var recordQueries: Bool = false

    public init() {}
}

/// The verification engine: claim → reductions → case queries → verdict.
/// Nothing in it is specific to Lion; it never reports `proved` unless every query it sent
/// (cases and side conditions) was unsat.
public struct Engine: Sendable {
    public let backend: any QueryBackend
    public var options: EngineOptions
    public internal(set) var cancellation: Cancellation
    /// Where queries are recorded (`EngineOptions.recordQueries`); set by `verify`.
    var log: QueryLog? = nil
    /// Prepended to recorded labels (the boxes of a bisection).
    var logPrefix = ""
    /// Lemma proofs shared by every copy of this engine (LemmaCache.swift); nil proves each
    /// lemma every time it is used.
    public var lemmaCache: LemmaCache? = LemmaCache()

    public init(backend: any QueryBackend, options: EngineOptions = EngineOptions(), cancellation: Cancellation = Cancellation()) {
        self.backend = backend
        self.options = options
        self.cancellation = cancellation
    }

    /// Verifies a claim. Throws `ClaimError` only for malformed claims (before any query).
    ///
    /// The pipeline, in order (each stage records its `ReductionStep`s, whose contracts alone
    /// decide what the case answers mean — `VerdictRule.combine`):
    /// 1. `admit`: domains, reserved names, explicit coordinates against the dimensions;
    /// 2. `Normalize`: definitions inlined, ‖·‖∞/|·| bounds, ‖·‖₂² (equivalent);
    /// 3. `WorstCase`: worst-case elimination (equivalent);
    /// 4. `dimensions`: separability (equivalent) or a few dimensions (claim implies query);
    /// 5. `buildCases`: unsplit-first, case split, subgradients at kinks, the exp/log
    ///    abstraction (query implies claim), cleared denominators with their side conditions;
    /// 6. `runCases` and `outcome`: each model is checked exactly on the original claim;
    /// 7. `bisect` the parameter box when cases stay open.
    public func verify(_ claim: Claim) throws(ClaimError) -> VerificationResult {
        if options.recordQueries, log == nil {
            var recording = self
            let log = QueryLog()
            recording.log = log
            var r = try recording.verify(claim)
            r.queries = log.sorted
            return r
        }
        if !claim.lemmas.isEmpty { return try verifyWithLemmas(claim) }
        let start = Date()
        let deadline = options.budget.map { start.addingTimeInterval($0) }
        var steps: [ReductionStep] = []
        if claim.kind == .forall {
            steps.append(
                ReductionStep(
                    .negation,
                    justification: "hypotheses ⇒ goal holds for all values iff hypotheses ∧ ¬goal is unsatisfiable",
                    detail: "each case asks for a counterexample"))
        }
        if let why = claim.relaxation {
            steps.append(
                ReductionStep(
                    .relaxation,
                    justification:
                        "the hypotheses hold for every instance of the class the claim is about (they may hold for more): unsat proves the claim, a model is only a counterexample of the relaxation",
                    detail: why))
        }
        let original = try Normalize.run(claim)
        try admit(claim, original)
        steps += original.steps
        var normalized = original
        var eliminated: [Elimination] = []
        if claim.kind == .forall && !disabled(.worstCaseElimination) {
            let protected = Set(claim.parameters.map(\.symbol))
            let r = try WorstCase.run(hypotheses: &normalized.hypotheses, goal: &normalized.goal, protected: protected)
            eliminated = r.eliminated
            steps += r.steps
        }
        let plan = try dimensions(claim, normalized)
        steps += plan.steps

        var sides = SideConditions(engine: self, parameterHypotheses: normalized.parameterHypotheses, deadline: deadline)
        let built = try buildCases(claim, original: original, normalized: normalized, eliminated: eliminated, dims: plan.dims, sides: &sides, deadline: deadline)
        steps += built.steps
        if !sides.records.isEmpty {
            steps.append(
                ReductionStep(
                    .clearDenominators,
                    justification:
                        "1/b is replaced by a fresh r with r·b = 1, √t by q ≥ 0 with q² = t, b^(p/q) by r ≥ 0 with r^q = b^p (r > 0 with r^q·b^(−p) = 1 for p < 0); exact where b ≠ 0 (resp. t ≥ 0, b ≥ 0, b > 0), which is checked from the parameter hypotheses by its own query (and clip(x, lo, hi) needs lo ≤ hi); where a side condition is not established the auxiliary is defined only under it, the case stays open and only an exactly checked model counts",
                    detail: sides.order.compactMap { sides.records[$0] }.map { "\($0.condition.description): \($0.status)" }
                        .joined(separator: "; ")))
        }

        // Run the case queries and read their answers through the contracts.
        let results = runCases(built.cases, deadline: deadline, kind: claim.kind, modelsRefute: steps.allSatisfy { $0.contract.modelRefutes })
        var records: [CaseRecord] = []
        var outcomes: [CaseOutcome] = []
        var counterexample: Counterexample?
        let stopped = anySatFound(results, built.cases)
        for (pc, r) in zip(built.cases, results) {
            records.append(
                CaseRecord(label: pc.label, dimension: pc.dimension, outcome: r.status, seconds: r.seconds, smtlib2: r.smt, strategy: r.strategy))
            if let why = pc.open { outcomes.append(.open("\(pc.label): \(why)")) }
            switch r.outcome {
            case .unsat?: if pc.open == nil { outcomes.append(.unsat) }
            case .sat(let model)?:
                if pc.reductions.contains(where: { !$0.contract.modelRefutes }) {
                    outcomes.append(.unconfirmed("\(pc.label): \(ExpAbstraction.satReason)"))
                    break
                }
                let cx = r.counterexample ?? checkModel(model, pc, kind: claim.kind, deadline: deadline)
                if cx.isExactlyChecked {
                    outcomes.append(.confirmed)
                    if counterexample == nil { counterexample = cx }
                } else {
                    outcomes.append(.unconfirmed("\(pc.label): a model was found but it is not a \(claim.kind == .forall ? "counterexample" : "witness") of the claim as stated (\(cx.check))"))
                }
            case .unknown(let why)?: outcomes.append(.open("\(pc.label): \(why)"))
            case nil: if pc.open == nil && !stopped { outcomes.append(.open("\(pc.label): \(r.status)")) }
            }
        }
        let global = steps.map(\.reduction)
        var (verdict, open) = VerdictRule.combine(kind: claim.kind, outcomes: outcomes, reductions: global)
        if verdict != .refuted && verdict != .found, claim.relaxation == nil { counterexample = nil }

        // Bisection of parameter boxes for open cases.
        var boxes: [BoxResult] = []
        if verdict == .unknown, counterexample == nil, let minWidth = options.bisectionMinWidth {
            let b = bisect(claim: claim, minWidth: minWidth, deadline: deadline)
            boxes = b.boxes
            if !b.boxes.isEmpty {
                steps.append(
                    ReductionStep(
                        .boxBisection,
                        justification: "the parameter domain is the union of the boxes; the claim holds iff it holds on every box",
                        detail: "\(b.boxes.count) boxes: "
                            + ["proved", "refuted", "unknown"].map { v in "\(b.boxes.filter { $0.verdict.name == v }.count) \(v)" }
                            .joined(separator: ", ")))
            }
            if let cx = b.counterexample {
                counterexample = cx
                verdict = claim.kind == .forall ? .refuted : .found
            } else if !b.boxes.isEmpty, b.boxes.allSatisfy({ $0.verdict == .proved }) {
                verdict = plan.restricted ? .provedInScope : .proved
                open = []
            } else if !b.boxes.isEmpty, b.boxes.allSatisfy({ $0.verdict.isProof }) {
                verdict = .provedInScope
                open = []
            }
        }
        if let log, boxes.isEmpty {
            // The reductions' own obligations (and the unreduced claim, for comparison).
            var failed: [String] = []
            for o in obligations(splits: built.splits, eliminated: eliminated, dims: plan.dims, deadline: deadline) {
                log.append(prefixed(o))
                if o.answer == "sat" { failed.append(o.label) }
            }
            for d in plan.dims { log.append(prefixed(unreduced(claim, dim: d))) }
            if !failed.isEmpty, verdict.isProof || verdict == .noWitness || verdict == .noWitnessInScope {
                // A reduction's fact failed: lionk has a fault, and no proof rests on it.
                verdict = .unknown
                open += failed.map { "obligation \($0) is sat: the reduction does not hold here (a fault of lionk; please report it)" }
            }
        }
        if verdict.isProof || verdict == .noWitness || verdict == .noWitnessInScope {
            // Soundness guard: every case and every side condition must have been unsat.
            precondition(
                (results.allSatisfy { $0.outcome?.isUnsat ?? false } && built.cases.allSatisfy { $0.open == nil }) || !boxes.isEmpty)
        }
        return VerificationResult(
            claim: claim.name, kind: claim.kind, verdict: verdict, scope: plan.scope, dimensionsChecked: plan.dims,
            provedForAllDimensions: plan.allDims && verdict == .proved, reductions: steps, cases: records,
            seconds: Date().timeIntervalSince(start), counterexample: counterexample, openCases: open, boxes: boxes,
            solver: backend.name)
    }

    func disabled(_ r: Reduction) -> Bool { options.disabledReductions.contains(r) }

    // MARK: - stage 1: what is admitted

    /// Rejects claims that cannot be given a meaning: empty domains, names in the engine's
    /// namespace, coordinates x[i] beyond a fixed dimension (y[i] of a vector definition y is
    /// coordinate i of its expression, substituted with the definition).
    func admit(_ claim: Claim, _ n: NormalizedClaim) throws(ClaimError) {
        for p in claim.parameters where p.domain.isEmpty {
            throw ClaimError("parameter \(p.symbol.name) has an empty domain \(p.domain)")
        }
        let symbols = (n.parameterHypotheses + n.hypotheses + [n.goal]).reduce(into: Set<Symbol>()) { $0.formUnion($1.symbols) }
            .union(claim.writtenCoordinates)
        try Fresh.checkReserved(symbols.union(claim.parameters.map(\.symbol)).union(claim.variables))
        if case .fixed(let ds) = claim.dimensions {
            guard !ds.isEmpty, ds.allSatisfy({ $0 >= 1 }) else { throw ClaimError("dimensions must be ≥ 1") }
            if let (s, i) = Self.highestCoordinate(symbols), let d = ds.first(where: { $0 < i }) {
                throw ClaimError("\(s) needs a dimension of at least \(i), but the claim is asked at d = \(d)")
            }
        }
    }

    /// The explicit coordinate with the largest index, if any.
    static func highestCoordinate(_ symbols: Set<Symbol>) -> (Symbol, Int)? {
        symbols.compactMap { s in s.index.map { (s, $0) } }.max { a, b in (a.1, b.0) < (b.1, a.0) }
    }

    // MARK: - stage 4: dimensions

    struct DimensionPlan {
        var dims: [Int]
        /// Decided for every d ≥ 1 (separability, or no vectors).
        var allDims: Bool
        /// The claim is about every d but only `dims` are checked.
        var restricted: Bool
        var scope: String
        var steps: [ReductionStep]
    }

    func dimensions(_ claim: Claim, _ normalized: NormalizedClaim) throws(ClaimError) -> DimensionPlan {
        let all = normalized.parameterHypotheses + normalized.hypotheses + [normalized.goal]
        let hasVectors = !claim.writtenCoordinates.isEmpty || all.contains { $0.mentionsVector || $0.symbols.contains { $0.index != nil } }
        let list = { (ds: [Int]) in ds.map(String.init).joined(separator: ", ") }
        switch claim.dimensions {
        case .fixed(let ds):
            return DimensionPlan(dims: ds, allDims: false, restricted: false, scope: hasVectors ? "d = " + list(ds) : "scalar claim", steps: [])
        case .any(let fallback):
            if !hasVectors {
                return DimensionPlan(dims: [1], allDims: true, restricted: false, scope: "scalar claim (no vectors)", steps: [])
            }
            var why: String
            if claim.kind == .forall, !disabled(.separability) {
                var (ok, reason) = Separability.analyze(normalized)
                if ok, let s = claim.writtenCoordinates.min() {
                    (ok, reason) = (false, "the claim names the coordinate \(s) explicitly")
                }
                if ok {
                    return DimensionPlan(
                        dims: [1], allDims: true, restricted: false, scope: "every d ≥ 1 (separable: decided at d = 1)",
                        steps: [ReductionStep(.separability, justification: Separability.justification, detail: "checked at d = 1")])
                }
                why = "not separable: \(reason)"
            } else {
                why = claim.kind == .exists ? "∃-claims are checked per dimension" : "separability left out"
            }
            var dims = fallback
            let symbols = all.reduce(into: Set<Symbol>()) { $0.formUnion($1.symbols) }.union(claim.writtenCoordinates)
            if let (s, i) = Self.highestCoordinate(symbols) {
                // x[i] exists only for d ≥ i: the claim is about those dimensions.
                dims = fallback.filter { $0 >= i }
                if dims.isEmpty { dims = [i] }
                why += "; \(s) exists only for d ≥ \(i)"
            }
            return DimensionPlan(
                dims: dims, allDims: false, restricted: true, scope: "d = " + list(dims) + " only (\(why))",
                steps: [
                    ReductionStep(
                        .noSeparability,
                        justification:
                            "the claim is about every d but is checked at d = \(list(dims)) only: a counterexample there refutes it, unsat proves it at those dimensions only",
                        detail: why)
                ])
        }
    }
    // MARK: - stage 5: cases

    /// Side conditions, established once per (kind, term, context) by their own queries.
    struct SideConditions {
        struct Key: Hashable {
            var condition: SideCondition
            var context: [Int]
        }
        enum Status: Equatable {
            case proved
            case open(String)
            var isProved: Bool { self == .proved }
        }
        struct Record {
            var condition: SideCondition
            var status: Status
        }
        let engine: Engine
        let parameterHypotheses: [Node]
        let deadline: Date?
        var records: [Key: Record] = [:]
        var order: [Key] = []

        /// Whether `c` holds for all values allowed by the parameter hypotheses, given the
        /// defining constraints `context` of the auxiliaries its term mentions and `facts`.
        mutating func establish(_ c: SideCondition, context: [Node], facts: [Node]) -> Status {
            let key = Key(condition: c, context: (context + facts).map(\.id).sorted())
            if let rec = records[key] { return rec.status }
            let status: Status
            do {
                let v = try check { () throws(ShapeError) in try c.violation() }
                // Divisions in the facts or the context get auxiliaries defined only under
                // their own side conditions: weaker constraints, so unsat still proves.
                let cleared = try Denominators.run(facts + context + [v], freshPrefix: "sideaux")
                var assertions = parameterHypotheses + cleared.formula
                for d in cleared.definitions {
                    assertions += try d.guarded()
                }
                let out = engine.ask(Query(label: "side: \(c.description)", assertions: assertions), deadline)
                status = out.isUnsat ? .proved : .open(out.shortDescription)
            } catch {
                status = .open(error.message)
            }
            records[key] = Record(condition: c, status: status)
            order.append(key)
            return status
        }
    }

    struct BuiltCases {
        var cases: [PreparedCase]
        var steps: [ReductionStep]
        /// The case splits, per dimension (kept only when recording, for the obligations).
        var splits: [SplitRecord] = []
    }

    func buildCases(
        _ claim: Claim, original: NormalizedClaim, normalized: NormalizedClaim, eliminated: [Elimination], dims: [Int],
        sides: inout SideConditions, deadline: Date?
    ) throws(ClaimError) -> BuiltCases {
        var steps: [ReductionStep] = []
        var prepared: [PreparedCase] = []
        var splits: [SplitRecord] = []
        var abstraction = ExpAbstraction(prefix: "abs")
        var abstractedAtoms = 0
        var abstractedFacts = 0
        var definedByQuery: [Int: DefinednessStatus] = [:]
        /// Whether the claim at `dim` is defined everywhere (its own query, asked once per dimension).
        func definedAt(_ dim: Int, _ instance: Instance) -> DefinednessStatus {
            if let known = definedByQuery[dim] { return known }
            let out = definedness(instance, dim: dim, deadline: deadline)
            definedByQuery[dim] = out
            return out
        }
        /// An open side condition is settled when the claim is defined everywhere.
        func settle(_ side: SideCondition, _ status: SideConditions.Status, dim: Int, instance: Instance) -> String? {
            if status.isProved { return nil }
            switch definedAt(dim, instance) {
            case .proved: return nil
            case .open(let why):
                return "side condition \(side.description) does not follow from the parameter hypotheses (\(status)), and \(why)"
            }
        }

        /// Abstracts exp/log, clears denominators and attaches the side conditions of one case.
        func prepare(_ c: SplitCase, label: String, dim: Int, instance: Instance, extraSides: [SideCondition], definedness: [Node]) -> PreparedCase {
            var pc = PreparedCase(
                label: label, dimension: dim, parameterHypotheses: normalized.parameterHypotheses, split: c,
                instance: instance, eliminated: eliminated, assertions: [], open: nil)
            do {
                var formula = c.guards + c.formula
                var facts: [Node] = []
                var logSides: [SideCondition] = []
                if !disabled(.expAbstraction), ExpAbstraction.mentions(formula + definedness) {
                    let a = try check { () throws(ShapeError) in try abstraction.run(formula) }
                    formula = a.formula + a.facts
                    facts = a.facts
                    logSides = a.logArguments.map { SideCondition(kind: .positive, term: $0) }
                    pc.abstracted = true
                    pc.reductions.append(.expAbstraction)
                    abstractedAtoms = max(abstractedAtoms, a.atoms)
                    abstractedFacts = max(abstractedFacts, a.facts.count)
                }
                if disabled(.clearDenominators) {
                    pc.assertions = normalized.parameterHypotheses + formula
                    if !extraSides.isEmpty || !logSides.isEmpty { pc.open = "side conditions not checked (clear-denominators left out)" }
                    return pc
                }
                let cleared = try Denominators.run(formula, freshPrefix: "aux")
                // Definedness of what the reductions removed (an eliminated hypothesis): its
                // partial operations need their side conditions too.
                var removedFormula = definedness
                if !disabled(.expAbstraction), ExpAbstraction.mentions(definedness) {
                    let a = try check { () throws(ShapeError) in try abstraction.run(definedness) }
                    removedFormula = a.formula
                    facts += a.facts
                    logSides += a.logArguments.map { SideCondition(kind: .positive, term: $0) }
                }
                let removed = removedFormula.isEmpty ? nil : try Denominators.run(removedFormula, freshPrefix: "def")
                var assertions = normalized.parameterHypotheses
                let everyDef = cleared.definitions + (removed?.definitions ?? [])
                func context(_ term: Node) -> [Node] {
                    // The defining constraints of the auxiliaries the term mentions, transitively.
                    var out: [Node] = []
                    var seen = Set<Symbol>()
                    var todo = Array(term.symbols.filter(Fresh.isFresh))
                    while let s = todo.popLast() {
                        guard seen.insert(s).inserted else { continue }
                        for d in everyDef where d.constraints.contains(where: { $0.symbols.contains(s) }) && d.side.term.symbols.contains(s) == false {
                            out += d.constraints
                            todo += d.side.term.symbols.filter(Fresh.isFresh)
                        }
                    }
                    return out
                }
                for d in cleared.definitions {
                    let status = sides.establish(d.side, context: context(d.side.term), facts: facts)
                    if status.isProved {
                        assertions += d.constraints
                    } else {
                        // Defined only under the side condition: the query keeps every point
                        // where the condition fails (with the auxiliary free there), which is
                        // exact where the claim is defined.
                        assertions += try d.guarded()
                        if let why = settle(d.side, status, dim: dim, instance: instance) { pc.open = pc.open ?? why }
                    }
                }
                for d in removed?.definitions ?? [] {
                    let status = sides.establish(d.side, context: context(d.side.term), facts: facts)
                    if let why = settle(d.side, status, dim: dim, instance: instance) { pc.open = pc.open ?? why }
                }
                for side in extraSides + logSides {
                    let cl = try Denominators.run([try check { () throws(ShapeError) in try side.holds() }], freshPrefix: "side")
                    if !cl.definitions.isEmpty {
                        // Its term has partial operations of its own: only the definedness query decides it.
                        if let why = settle(side, .open("partial term"), dim: dim, instance: instance) { pc.open = pc.open ?? why }
                        continue
                    }
                    let status = sides.establish(side, context: [], facts: facts)
                    if let why = settle(side, status, dim: dim, instance: instance) { pc.open = pc.open ?? why }
                }
                pc.assertions = assertions + cleared.formula
            } catch {
                pc.open = error.message
            }
            return pc
        }

        for d in dims {
            let instance = try instantiate(original, dim: d)
            let reduced = try instantiate(normalized, dim: d)
            let removed: [Node] = try check { () throws(ShapeError) in
                try eliminated.map { e throws(ShapeError) in try Instantiation.expand(e.hypothesis, dim: d) }
            }
            let core: [Node] = try reduced.hypotheses + [claim.kind == .forall ? check { () throws(ShapeError) in try Build.not(reduced.goal) } : reduced.goal]
            let clipSides = try PartialOperations.clipConditions(core + removed)
            let splitting = !disabled(.caseSplit)
            let limit = splitting ? options.caseLimit : 1
            // Many pieces: first try the unsplit query briefly; it often decides at once.
            let estimate = CaseSplit.estimatedPieces(core)
            if splitting, !disabled(.unsplitFirst), estimate > options.directThreshold {
                let direct = try CaseSplit.unsplit(core, convention: options.convention, freshPrefix: "sub")
                let pc = prepare(direct, label: "d=\(d) unsplit", dim: d, instance: instance, extraSides: clipSides, definedness: removed)
                var outcome: QueryOutcome?
                var directStrategy: String?
                var seconds = 0.0
                if pc.open == nil, let t = timeout(deadline), !cancellation.isCancelled {
                    let t0 = Date()
                    let short = min(t ?? options.directTimeout, options.directTimeout)
                    let q = Query(label: pc.label, assertions: pc.assertions)
                    let answer = backend.answer(q, timeout: short, cancellation: cancellation)
                    let out = answer.outcome
                    outcome = out
                    directStrategy = answer.strategy
                    seconds = Date().timeIntervalSince(t0)
                    record(q, answer, seconds: seconds)
                    options.progress?("\(pc.label): \(out.shortDescription) (\(String(format: "%.2f", seconds)) s)")
                }
                if let out = outcome, !out.isUnknown, !(pc.abstracted && !out.isUnsat) {
                    steps.append(
                        ReductionStep(
                            .unsplitFirst,
                            justification:
                                "the case split (up to \(estimate) pieces) was not needed: the whole query (non-smooth operators as if-then-else\(options.convention == .any ? ", sign as a fresh s with t > 0 ⇒ s = 1, t < 0 ⇒ s = −1, −1 ≤ s ≤ 1" : "")) was decided within \(options.directTimeout) s",
                            detail: "d = \(d): \(out.shortDescription)"))
                    var decided = pc
                    decided.precomputed = (out, seconds, directStrategy)
                    prepared.append(decided)
                    continue
                }
                steps.append(
                    ReductionStep(
                        .unsplitFirst,
                        justification: "the whole query was tried briefly before splitting (up to \(estimate) pieces)",
                        detail: "d = \(d): \(outcome?.shortDescription ?? "not sent"); splitting"))
            }

            var split = try CaseSplit.run(core, convention: options.convention, limit: limit, freshPrefix: "sub", recordAtoms: log != nil)
            if options.convention == .any {
                // Signs left by the cap (or by --without case-split) keep their meaning.
                for i in split.cases.indices {
                    split.cases[i] = try CaseSplit.freeSigns(split.cases[i], freshPrefix: "sub\(i + 1)u")
                }
            }
            if log != nil { splits.append(SplitRecord(dimension: d, core: core, cases: split.cases, convention: options.convention)) }
            if d == dims[0] || dims.count > 1 {
                let detail =
                    "d = \(d): \(split.cases.count) case\(split.cases.count == 1 ? "" : "s")"
                    + (split.pruned > 0 ? ", \(split.pruned) pruned (constant guard false)" : "")
                    + (split.capped ? ", capped at \(limit): remaining operators lowered as if-then-else" + (options.convention == .any ? " (sign as a fresh subgradient)" : "") : "")
                steps.append(
                    ReductionStep(
                        .caseSplit,
                        justification:
                            "each non-smooth operator is a polynomial on each piece of a finite partition (sign patterns, argmax, branches); the query is unsat iff it is unsat on every piece",
                        detail: detail))
                let subgrads = Set(split.cases.flatMap(\.subgradients))
                if !subgrads.isEmpty {
                    steps.append(
                        ReductionStep(
                            .subgradientAtKink,
                            justification: "∂|·|(0) = [−1, 1]: at a zero argument sign may be any value in [−1, 1], modelled by a fresh variable",
                            detail: "\(subgrads.count) fresh variable\(subgrads.count == 1 ? "" : "s")"))
                }
            }
            for (k, c) in split.cases.enumerated() {
                let label = "d=\(d) case \(k + 1)/\(split.cases.count)" + (c.label.isEmpty ? "" : ": " + c.label.joined(separator: ", "))
                prepared.append(prepare(c, label: label, dim: d, instance: instance, extraSides: clipSides, definedness: removed))
            }
            if split.cases.isEmpty, !(instance.hypotheses + [instance.goal] + removed).allSatisfy(\.isTotal) {
                // Every piece was pruned, so no case carries the side conditions: the claim's
                // definedness is its own query (a reversed constant clip must not be proved).
                if case .open(let why) = definedAt(d, instance) {
                    var pc = PreparedCase(
                        label: "d=\(d) definedness", dimension: d, parameterHypotheses: normalized.parameterHypotheses,
                        split: SplitCase(label: [], guards: [], formula: [], replacements: [:], subgradients: []),
                        instance: instance, eliminated: eliminated, assertions: [], open: nil)
                    pc.open = "every case was pruned, and \(why)"
                    prepared.append(pc)
                }
            }
        }
        if prepared.contains(where: \.abstracted) {
            steps.append(
                ReductionStep(
                    .expAbstraction, justification: ExpAbstraction.justification,
                    detail: "up to \(abstractedAtoms) exp/log atom\(abstractedAtoms == 1 ? "" : "s") and \(abstractedFacts) facts per case"))
        }
        return BuiltCases(cases: prepared, steps: steps, splits: splits)
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
        /// Reductions applied to this case only (the exp/log abstraction).
        var reductions: [Reduction] = []
        /// An outcome obtained while preparing (the unsplit attempt).
        var precomputed: (outcome: QueryOutcome, seconds: Double, strategy: String?)? = nil
        /// exp/log were abstracted: only unsat counts (a model is not a counterexample).
        var abstracted = false
    }

    struct CaseRun: Sendable {
        var outcome: QueryOutcome?
        var status: CaseStatus
        var seconds: Double
        var smt: String?
        /// The solver strategy that decided the query (nil: undecided or not recorded).
        var strategy: String? = nil
        /// A model's counterexample, checked by `checkModel` in the worker.
        var counterexample: Counterexample? = nil
    }

    /// Whether some case found a model (then cases skipped after it are not open questions).
    func anySatFound(_ runs: [CaseRun], _ cases: [PreparedCase]) -> Bool {
        zip(runs, cases).contains { r, c in if case .sat? = r.outcome, !c.abstracted { true } else { false } }
    }

    func ask(_ q: Query, _ deadline: Date?) -> QueryOutcome {
        answer(q, deadline).outcome
    }

    func answer(_ q: Query, _ deadline: Date?) -> QueryAnswer {
        guard let t = timeout(deadline) else { return QueryAnswer(outcome: .unknown(reason: "budget exhausted")) }
        let t0 = Date()
        var asked = q
        asked.wantsText = log != nil
        let a = backend.answer(asked, timeout: t, cancellation: cancellation)
        record(q, a, seconds: Date().timeIntervalSince(t0))
        return a
    }

    /// Keeps a query with its answer when recording (`EngineOptions.recordQueries`).
    func record(_ q: Query, _ a: QueryAnswer, seconds: Double) {
        guard let log else { return }
        let role = QueryRecord.role(ofLabel: q.label)
        let decided = !a.outcome.isUnknown
        // The backend's text of the terms it solved; a second lowering only when it has none
        // (an abandoned query, a backend that does not write text).
        let text = (a.smtlib2 ?? backend.smtlib2(q)).map { z3 in
            // Z3 writes every benchmark with status unknown; the file says what was answered.
            let body = decided ? z3.replacingOccurrences(of: "(set-info :status unknown)", with: "(set-info :status \(a.outcome.shortDescription))") : z3
            // (The deciding strategy is in the manifest: it depends on timing, the file does not.)
            return "; lionk \(role.rawValue) query: \(logPrefix)\(q.label)\n; answered \(a.outcome.shortDescription) by \(backend.name)\n" + body
        }
        log.append(
            QueryRecord(
                role: role, label: logPrefix + q.label, smtlib2: text, answer: a.outcome.shortDescription, strategy: a.strategy,
                seconds: seconds, note: text == nil ? "\(backend.name) could not write it as SMT-LIB2" : nil))
    }

    func prefixed(_ r: QueryRecord) -> QueryRecord {
        var out = r
        out.label = logPrefix + r.label
        return out
    }

    /// The per-query timeout left under the global deadline; nil when the budget is spent.
    func timeout(_ deadline: Date?) -> Double?? {
        guard let dl = deadline else { return .some(options.queryTimeout) }
        let left = dl.timeIntervalSinceNow
        if left <= 0 { return nil }
        return .some(min(options.queryTimeout ?? left, left))
    }

    /// Runs the case queries in parallel. A model is checked in its worker (`checkModel`);
    /// once one is an exactly checked counterexample (and `modelsRefute`: no global reduction
    /// over-approximates the claim) the other running cases are cancelled — their queries
    /// cannot change a refutation — and reported skipped.
    func runCases(_ cases: [PreparedCase], deadline: Date?, kind: ClaimKind, modelsRefute: Bool) -> [CaseRun] {
        let results = Mutex([CaseRun?](repeating: nil, count: cases.count))
        let found = Mutex(false)
        let done = Mutex(0)
        // The cases' own cancellation: the caller's (Ctrl-C, a budget), or a refutation here.
        let siblings = Cancellation()
        let link = cancellation.register { siblings.cancel() }
        defer { cancellation.unregister(link) }
        var engine = self
        engine.cancellation = siblings
        let me = engine
        let parent = cancellation
        runParallel(
            count: cases.count, workers: options.jobs,
            stop: { found.withLock { $0 } || siblings.isCancelled }
        ) { i in
            let pc = cases[i]
            var run: CaseRun
            if let why = pc.open {
                run = CaseRun(outcome: nil, status: .open(why), seconds: 0, smt: nil)
            } else if let (out, secs, strategy) = pc.precomputed {
                let smt = me.options.exportSMT ? me.backend.smtlib2(Query(label: pc.label, assertions: pc.assertions)) : nil
                run = CaseRun(outcome: out, status: out.caseStatus(abstracted: pc.abstracted), seconds: secs, smt: smt, strategy: strategy)
                if case .sat = out, !pc.abstracted { found.withLock { $0 = true } }
            } else {
                let q = Query(label: pc.label, assertions: pc.assertions)
                let smt = me.options.exportSMT ? me.backend.smtlib2(q) : nil
                let t0 = Date()
                let answer = me.answer(q, deadline)
                let out = answer.outcome
                let secs = Date().timeIntervalSince(t0)
                run = CaseRun(
                    outcome: out, status: out.caseStatus(abstracted: pc.abstracted),
                    seconds: secs, smt: smt, strategy: answer.strategy)
                if case .sat = out, !pc.abstracted { found.withLock { $0 = true } }
                if case .unknown = out, siblings.isCancelled, !parent.isCancelled {
                    // Cancelled because another case refuted the claim: not an open question.
                    run.outcome = nil
                    run.status = .skipped
                }
            }
            if case .sat(let model)? = run.outcome, !pc.abstracted, !pc.reductions.contains(where: { !$0.contract.modelRefutes }) {
                let cx = me.checkModel(model, pc, kind: kind, deadline: deadline)
                run.counterexample = cx
                if cx.isExactlyChecked && modelsRefute { siblings.cancel() }
            }
            results.withLock { $0[i] = run }
            let n = done.withLock { v -> Int in
                v += 1
                return v
            }
            me.options.progress?("[\(n)/\(cases.count)] \(pc.label): \(run.status)\(run.strategy.map { " by \($0)" } ?? "") (\(String(format: "%.2f", run.seconds)) s)")
        }
        return results.withLock { rs in
            rs.map { $0 ?? CaseRun(outcome: nil, status: .skipped, seconds: 0, smt: nil) }
        }
    }

    /// A model as a counterexample: checked exactly on the claim as stated (`validate`), and
    /// when it has irrational values, a rational model near it looked for (ModelRepair.swift).
    func checkModel(_ model: [Symbol: ExactValue], _ pc: PreparedCase, kind: ClaimKind, deadline: Date?) -> Counterexample {
        let cx = validate(model, pc, kind: kind)
        if !cx.isExactlyChecked, cx.check.hasPrefix(Self.irrationalCheck), options.rationalRepair,
           let repaired = repairModel(model, pc, kind: kind, deadline: deadline)
        {
            return repaired
        }
        return cx
    }

    /// The start of `Counterexample.check` for a model with irrational values.
    static let irrationalCheck = "not checked exactly: irrational value for "

    /// Turns a model into a counterexample and re-checks it by exact evaluation of the
    /// instantiated claim (before worst-case elimination and splitting): in the rationals, or
    /// — when some values are irrational algebraic numbers the solver gave with their
    /// polynomials — in exact real algebraic arithmetic (RealAlgebraic.swift), which decides
    /// every atom that involves at most one irrational number.
    func validate(_ model: [Symbol: ExactValue], _ pc: PreparedCase, kind: ClaimKind) -> Counterexample {
        var rationals: [Symbol: Rational] = [:]
        var algebraic: [Symbol: RealAlgebraicNumber] = [:]
        var irrational: [String] = []
        var values: [Symbol: ExactValue] = [:]
        let original = pc.instance.parameterHypotheses + pc.instance.hypotheses + [pc.instance.goal]
        var wanted = original.reduce(into: Set<Symbol>()) { $0.formUnion($1.symbols) }
        wanted.formUnion(pc.split.subgradients)
        for s in wanted {
            guard let v = model[s] else {
                // Unconstrained by the query: any value works; use 0.
                rationals[s] = .zero
                values[s] = .rational(.zero)
                continue
            }
            values[s] = v
            if let r = v.rational {
                rationals[s] = r
            } else if options.algebraicCheck, let a = v.realAlgebraic {
                algebraic[s] = a
            } else {
                irrational.append(s.description)
            }
        }
        var notes: [String] = []
        var point = AlgebraicPoint(rationals: rationals, algebraic: algebraic)
        // Last eliminated first: an earlier bound may mention a variable eliminated later.
        for e in pc.eliminated.reversed() {
            guard let sym = e.variable.symbol else { continue }
            if let b = try? Instantiation.expand(e.bound, dim: pc.dimension), let r = point.rationalValue(Expr(b)) {
                point.set(sym, r)
                values[sym] = .rational(r)
                notes.append("\(sym) = \(r) (its \(e.upper ? "upper" : "lower") bound, from worst-case elimination)")
            } else {
                irrational.append("\(sym) (its eliminated bound could not be evaluated exactly)")
            }
        }
        for s in pc.split.subgradients { if let v = values[s] { notes.append("subgradient choice \(s) = \(v)") } }
        let checkText: String
        if !irrational.isEmpty {
            checkText = Self.irrationalCheck + irrational.sorted().joined(separator: ", ")
        } else {
            // Subgradient choices at kinks replace the matching sign atoms in the original.
            let subMap = pc.split.replacements.filter { _, v in
                if let s = v.symbol { return pc.split.subgradients.contains(s) }
                return false
            }
            do {
                let hyps = try (pc.instance.parameterHypotheses + pc.instance.hypotheses).map { try Constraint($0.replacing(subMap)) }
                let goal = try Constraint(pc.instance.goal.replacing(subMap))
                let hypsHold: Bool
                let goalHolds: Bool
                if algebraic.isEmpty {
                    let env = point.rationalEnvironment
                    hypsHold = try hyps.allSatisfy { try $0.evaluate(env) }
                    goalHolds = try goal.evaluate(env)
                } else {
                    hypsHold = try hyps.allSatisfy { try point.holds($0) }
                    goalHolds = try point.holds(goal)
                }
                let ok = hypsHold && (kind == .forall ? !goalHolds : goalHolds)
                checkText = ok ? "exact" : "FAILED: the model does not violate the claim under exact evaluation"
                if ok && !algebraic.isEmpty {
                    notes.append(
                        "checked in exact real algebraic arithmetic: "
                            + algebraic.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "; "))
                }
            } catch {
                checkText = algebraic.isEmpty
                    ? "not checked exactly: \(error)"
                    : Self.irrationalCheck + algebraic.keys.map(\.description).sorted().joined(separator: ", ") + " (exact algebraic evaluation: \(error))"
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
            var boxEngine = sub
            boxEngine.logPrefix = logPrefix + "box " + box.sorted { $0.key < $1.key }.map { "\($0.key) ∈ \($0.value)" }.joined(separator: ", ") + ": "
            let verdict = (try? boxEngine.verify(c)).map { r -> Verdict in
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
    func caseStatus(abstracted: Bool) -> CaseStatus {
        switch self {
        case .unsat: return .unsat
        case .sat: return abstracted ? .abstractionSat : .sat
        case .unknown(let r): return .unknown(r)
        }
    }
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
