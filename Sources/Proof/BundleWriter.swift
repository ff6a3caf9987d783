import Dynamics
import Foundation
import Simulation
import Symbolic
public import Verification

/// Why a bundle cannot be written.
public struct BundleError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What a proof bundle is written from: a verification run with `recordQueries`.
public struct BundleSource: Sendable {
    public var result: VerificationResult
    /// The claim as verified (after `--param`, `--range`, `--dim`).
    public var claim: Claim
    public var convention: SubgradientConvention
    public var replay: ReplayResult?
    /// Why there is no replay (for a refutation without one).
    public var replayNote: String?
    public var lionkVersion: String
    public var gitRevision: String?
    /// Comment lines at the top of claim.toml.
    public var header: [String]

    public init(
        result: VerificationResult, claim: Claim, convention: SubgradientConvention, replay: ReplayResult? = nil, replayNote: String? = nil,
        lionkVersion: String, gitRevision: String? = nil, header: [String] = []
    ) {
        self.result = result
        self.claim = claim
        self.convention = convention
        self.replay = replay
        self.replayNote = replayNote
        self.lionkVersion = lionkVersion
        self.gitRevision = gitRevision
        self.header = header
    }
}

/// `counterexample.json`: the exact point, how it was checked, its replay.
public struct CounterexampleFile: Codable, Sendable, Equatable {
    public struct Value: Codable, Sendable, Equatable {
        /// The exact rational value; nil for an irrational algebraic one (then the bounds).
        public var exact: String?
        public var lower: String?
        public var upper: String?
        public var decimal: String?
        /// For an irrational value: the coefficients (lowest degree first) of a polynomial
        /// whose only root in (lower, upper) it is — enough to re-check it exactly.
        public var polynomial: [String]? = nil
    }
    public var claim: String
    /// "counterexample" (∀-claim) or "witness" (∃-claim).
    public var role: String
    public var dimension: Int
    public var values: [String: Value]
    public var caseLabel: String
    /// lionk's exact check on the original claim ("exact", or why not).
    public var check: String
    public var notes: [String]
    public var replay: ReplayResult?
    public var replayNote: String?
}

/// Writes proof bundles (docs/proof-logs.md). Everything in a bundle is a function of the
/// claim and the answers: no absolute paths, host names or timestamps, and the run times and
/// lionk's revision, kept for the reader, are outside the bundle hash.
public enum ProofBundle {
    public static let manifestName = "manifest.json"

    /// The bundle's files (paths relative to its folder) and its manifest.
    public static func files(_ s: BundleSource) throws(BundleError) -> (files: [(path: String, text: String)], manifest: Manifest) {
        let r = s.result
        var out: [(String, String)] = []
        var others: [Manifest.File] = []
        func add(_ path: String, _ text: String, listed: Bool = true) {
            out.append((path, text))
            if listed { others.append(Manifest.File(path: path, sha256: SHA256.hex(text))) }
        }

        // The claim as a claim file (with its lemma files beside it).
        var claimFile: String?
        var claimNote: String?
        do {
            let (main, lemmaFiles) = try ClaimFileWriter.files(s.claim, header: s.header)
            add("claim.toml", main)
            for (name, text) in lemmaFiles.sorted(by: { $0.key < $1.key }) { add("lemmas/\(name)", text) }
            claimFile = "claim.toml"
        } catch {
            claimNote = "the claim cannot be written as a claim file: \(error.message)"
        }

        // Queries, in the log's stable order.
        var queries: [Manifest.Query] = []
        var caseFile: [String: String] = [:]
        for (i, q) in r.queries.enumerated() {
            var file: String?
            var hash: String?
            if let text = q.smtlib2 {
                let path = String(format: "queries/%03d-%@.smt2", i + 1, q.role.rawValue)
                add(path, text, listed: false)
                file = path
                hash = SHA256.hex(text)
                if q.role == .caseQuery || q.role == .direct { caseFile[q.label] = caseFile[q.label] ?? path }
            }
            let decided = q.answer == "unsat" || q.answer == "sat"
            queries.append(
                Manifest.Query(
                    file: file, sha256: hash, role: q.role.rawValue, label: q.label, answer: q.answer,
                    expected: q.role == .obligation ? "unsat" : decided && q.role != .unreduced ? q.answer : nil, strategy: q.strategy, seconds: q.seconds,
                    reduction: q.reduction?.rawValue, statement: q.statement, note: q.note))
        }

        // Lemmas: bundles of their own, in lemmas/<name>/.
        var lemmas: [Manifest.Lemma] = []
        for (k, rec) in r.lemmas.enumerated() {
            guard k < s.claim.lemmas.count, s.claim.lemmas[k].lemma.name == rec.name else {
                throw BundleError("internal: lemma \(rec.name) of the result is not the claim's lemma \(k + 1)")
            }
            let folder = "lemmas/" + String(ClaimFileWriter.fileName(for: rec.name).dropLast(5))
            var sub = s
            sub.result = rec.result
            sub.claim = s.claim.lemmas[k].lemma
            sub.replay = nil
            sub.replayNote = nil
            sub.header = ["Lemma \(rec.name) of \(s.claim.name)."]
            let (files, m) = try Self.files(sub)
            for (p, t) in files { out.append(("\(folder)/\(p)", t)) }
            lemmas.append(
                Manifest.Lemma(name: rec.name, folder: folder, verdict: m.verdict, instantiations: rec.instantiations, bundleHash: m.bundleHash ?? ""))
        }

        // The counterexample (or witness), exactly, with its replay.
        var cxPath: String?
        if let cx = r.counterexample {
            var values: [String: CounterexampleFile.Value] = [:]
            for (sym, v) in cx.values {
                switch v {
                case .rational(let q): values[sym.description] = .init(exact: q.description)
                case .algebraic(let lo, let hi, let dec, let poly):
                    values[sym.description] = .init(
                        lower: lo.description, upper: hi.description, decimal: dec, polynomial: poly.isEmpty ? nil : poly.map(\.description))
                }
            }
            let file = CounterexampleFile(
                claim: r.claim, role: r.kind == .forall ? "counterexample" : "witness", dimension: cx.dimension, values: values,
                caseLabel: cx.caseLabel, check: cx.check, notes: cx.notes, replay: s.replay,
                replayNote: s.replay == nil ? (s.replayNote ?? "no replay for this claim") : nil)
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            e.keyEncodingStrategy = .convertToSnakeCase
            guard let data = try? e.encode(file) else { throw BundleError("the counterexample cannot be encoded as JSON") }
            add("counterexample.json", String(decoding: data, as: UTF8.self) + "\n")
            cxPath = "counterexample.json"
        }

        let obligationLabels = Dictionary(grouping: queries.filter { $0.role == "obligation" }, by: { $0.reduction ?? "" })
            .mapValues { $0.map(\.label) }
        let sideLabels = queries.filter { $0.role == "side" || $0.role == "definedness" }.map(\.label)
        let reductions = r.reductions.map { step -> Manifest.Reduction in
            var by: [String]
            switch step.reduction {
            case .caseSplit, .worstCaseElimination: by = obligationLabels[step.name] ?? []
            case .clearDenominators: by = sideLabels
            case .lemma: by = lemmas.map(\.folder)
            default: by = []
            }
            if by.isEmpty { by = ["argument"] }
            return Manifest.Reduction(name: step.name, contract: step.contract.rawValue, justification: step.justification, detail: step.detail, checkedBy: by)
        }
        let cases = r.cases.map { c in
            Manifest.Case(label: c.label, dimension: c.dimension, status: c.status, strategy: c.strategy, seconds: c.seconds, query: caseFile[c.label])
        }
        var m = Manifest(
            format: Manifest.formatName, claim: r.claim, kind: r.kind.rawValue, verdict: r.verdict.name, scope: r.scope,
            dimensions: .init(
                checked: r.dimensionsChecked, allDimensions: r.provedForAllDimensions,
                restricted: r.verdict == .provedInScope || r.verdict == .noWitnessInScope),
            parameters: s.claim.parameters.map { .init(name: $0.symbol.name, domain: $0.domain.description) },
            convention: s.convention.rawValue, claimFile: claimFile, claimFileNote: claimNote, reductions: reductions, cases: cases,
            queries: queries, lemmas: lemmas, files: others.sorted { $0.path < $1.path }, counterexample: cxPath, open: r.openCases,
            solver: r.solver, recheck: "lionk check <this folder>  (or --solver 'z3' for another SMT-LIB2 solver)", seconds: r.seconds,
            writtenBy: .init(lionk: s.lionkVersion, gitRevision: s.gitRevision), bundleHash: nil)
        do {
            m.bundleHash = try m.computedHash()
            out.append((manifestName, try m.text()))
        } catch {
            throw BundleError("the manifest cannot be encoded: \(error)")
        }
        return (out, m)
    }
}
