import Dynamics
import Foundation
import Symbolic
import Synchronization
import Verification

/// Which solver re-runs the stored queries.
public enum CheckSolver: Sendable {
    /// The Z3 lionk is linked with, through the C API (the portfolio of strategies).
    case linked
    /// SMT-LIB2 solver binaries: each command's words, the query file appended (e.g.
    /// ["z3"], ["cvc5", "--lang=smt2"]); its first line of output is the answer. They are
    /// tried in order until one decides (sat or unsat).
    case commands([[String]])

    public var name: String {
        switch self {
        case .linked: return "Z3 \(Z3Backend().name.dropFirst(3)) (linked)"
        case .commands(let list): return list.map { $0.joined(separator: " ") }.joined(separator: ", then ")
        }
    }
}

/// The re-check of one stored query.
public struct QueryCheck: Sendable {
    public enum Status: String, Sendable {
        /// The solver gives the recorded answer.
        case agree
        /// The solver gives the opposite answer: a fault somewhere; the verdict does not stand.
        case disagree
        /// The solver gives no answer (timeout, unknown, error): not agreement.
        case solverUnknown = "solver-unknown"
        /// lionk recorded no decided answer (or the query is the informational unreduced claim).
        case informational
    }
    public var file: String
    public var label: String
    public var role: String
    public var expected: String?
    public var got: String
    public var seconds: Double
    public var status: Status
}

/// What `lionk check` found in one bundle (and its lemmas').
public struct BundleCheck: Sendable {
    public var folder: String
    public var claim: String
    public var verdict: String
    public var bundleHash: String?
    /// Tampering and malformed content, each naming the file: the bundle is not checked further.
    public var problems: [String]
    public var queries: [QueryCheck]
    /// The exact re-evaluation of the counterexample on claim.toml (nil: none in the bundle).
    public var counterexample: String?
    public var counterexampleConfirmed: Bool?
    public var lemmas: [BundleCheck]

    public enum Summary: Sendable, Equatable {
        case agree, disagree, unknowns, bad
    }

    /// The worst finding: bad bundle, then disagreement, then unknowns.
    public var summary: Summary {
        let all = [self] + lemmas.flatMap { [$0] + $0.allLemmas }
        if all.contains(where: { !$0.problems.isEmpty }) { return .bad }
        if all.contains(where: { $0.queries.contains { $0.status == .disagree } || $0.counterexampleConfirmed == false && $0.counterexample?.hasPrefix("FAILED") == true }) {
            return .disagree
        }
        if all.contains(where: { $0.queries.contains { $0.status == .solverUnknown } || ($0.counterexample != nil && $0.counterexampleConfirmed != true) }) {
            return .unknowns
        }
        return .agree
    }

    /// Every lemma bundle below this one, nested ones included.
    public var allLemmas: [BundleCheck] { lemmas.flatMap { [$0] + $0.allLemmas } }
}

/// Re-checks proof bundles without trusting the lionk that wrote them: the files against
/// their hashes, the manifest against its bundle hash, every stored query with a solver, and
/// the counterexample by exact evaluation of the claim file.
/// Answers of query texts already run in one `lionk check`, by the SHA-256 of the text: the
/// bundles of a folder share lemma bundles (Proofs/ has 1407 query files, 728 distinct), and
/// the same text asks the same solver the same question. Every file is still checked
/// against its hash first; only the solver run is shared.
public final class QueryAnswers: Sendable {
    private let answers = Mutex<[String: String]>([:])
    public init() {}
    func answer(_ hash: String) -> String? { answers.withLock { $0[hash] } }
    func keep(_ hash: String, _ got: String) { answers.withLock { $0[hash] = got } }
    /// How many distinct texts were run.
    public var count: Int { answers.withLock { $0.count } }
}

public enum ProofChecker {
    public static func check(
        folder: String, solver: CheckSolver, timeout: Double?, jobs: Int = 2, unreduced: Bool = false,
        progress: (@Sendable (String) -> Void)? = nil, answers: QueryAnswers = QueryAnswers()
    ) -> BundleCheck {
        var out = BundleCheck(
            folder: folder, claim: "?", verdict: "?", bundleHash: nil, problems: [], queries: [], counterexample: nil,
            counterexampleConfirmed: nil, lemmas: [])
        let root = URL(fileURLWithPath: folder)
        @Sendable func path(_ p: String) -> String { folder.hasSuffix("/") ? folder + p : folder + "/" + p }
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(ProofBundle.manifestName).path) else {
            out.problems.append("\(path(ProofBundle.manifestName)): missing (not a proof bundle)")
            return out
        }
        let m: Manifest
        do {
            m = try Manifest.read(data)
        } catch {
            out.problems.append("\(path(ProofBundle.manifestName)): not a lionk proof bundle manifest (\(Self.describe(error)))")
            return out
        }
        out.claim = m.claim
        out.verdict = m.verdict
        out.bundleHash = m.bundleHash
        guard m.format == Manifest.formatName else {
            out.problems.append("\(path(ProofBundle.manifestName)): format '\(m.format)', this lionk reads \(Manifest.formatName)")
            return out
        }

        // 1. Integrity: every file against its hash, the manifest against the bundle hash.
        var texts: [String: String] = [:]
        var listed = Set<String>([ProofBundle.manifestName])
        func verify(_ rel: String, _ hash: String?) {
            listed.insert(rel)
            guard let d = FileManager.default.contents(atPath: root.appendingPathComponent(rel).path) else {
                out.problems.append("\(path(rel)): missing (listed in the manifest)")
                return
            }
            guard let hash, SHA256.hex([UInt8](d)) == hash else {
                out.problems.append("\(path(rel)): its SHA-256 differs from the manifest's (the file was changed)")
                return
            }
            texts[rel] = String(decoding: d, as: UTF8.self)
        }
        for q in m.queries { if let f = q.file { verify(f, q.sha256) } }
        for f in m.files { verify(f.path, f.sha256) }
        do {
            if try m.computedHash() != m.bundleHash {
                out.problems.append("\(path(ProofBundle.manifestName)): the bundle hash differs from its entries (an entry was changed)")
            }
        } catch {
            out.problems.append("\(path(ProofBundle.manifestName)): cannot be hashed (\(error))")
        }
        for l in m.lemmas {
            let sub = check(
                folder: path(l.folder), solver: solver, timeout: timeout, jobs: jobs, unreduced: unreduced, progress: progress,
                answers: answers)
            if sub.problems.isEmpty {
                if sub.bundleHash != l.bundleHash {
                    out.problems.append("\(path(l.folder))/\(ProofBundle.manifestName): its bundle hash is not the one this manifest lists for lemma \(l.name)")
                }
                if sub.verdict != l.verdict {
                    out.problems.append("\(path(l.folder))/\(ProofBundle.manifestName): verdict \(sub.verdict), this manifest lists \(l.verdict) for lemma \(l.name)")
                }
            }
            out.lemmas.append(sub)
        }
        let lemmaFolders = m.lemmas.map { $0.folder + "/" }
        if let walker = FileManager.default.enumerator(atPath: folder) {
            while let rel = walker.nextObject() as? String {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path(rel), isDirectory: &isDir), !isDir.boolValue else { continue }
                if listed.contains(rel) || lemmaFolders.contains(where: { rel.hasPrefix($0) }) { continue }
                out.problems.append("\(path(rel)): not listed in the manifest")
            }
        }
        out.problems += consistency(m).map { "\(path(ProofBundle.manifestName)): \($0)" }
        if !out.problems.isEmpty { return out }

        // 2. The queries, again.
        let stored = texts
        // Queries without an expected answer (the unreduced claim, and queries left undecided
        // when the bundle was written: a timeout, or a case cancelled once another refuted)
        // prove nothing either way: they are re-run only with `unreduced` (they often time out).
        let items = m.queries.filter { $0.file != nil && (unreduced || ($0.role != "unreduced" && $0.expected != nil)) }
        let results = Mutex([QueryCheck?](repeating: nil, count: items.count))
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, items.count)) {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                while true {
                    let i = next.withLock { v -> Int in
                        v += 1
                        return v - 1
                    }
                    guard i < items.count else { return }
                    let q = items[i]
                    let text = stored[q.file!] ?? ""
                    let t0 = Date()
                    // The hash was checked against the file above. An undecided answer is not
                    // shared (a later run of the same text may decide it).
                    let hash = q.sha256 ?? ""
                    let got: String
                    if !hash.isEmpty, let known = answers.answer(hash) {
                        got = known
                    } else {
                        got = run(text, solver: solver, timeout: timeout)
                        if !hash.isEmpty && (got == "sat" || got == "unsat") { answers.keep(hash, got) }
                    }
                    let secs = Date().timeIntervalSince(t0)
                    let status: QueryCheck.Status
                    if q.expected == nil || q.role == "unreduced" {
                        status = .informational
                    } else if got == q.expected {
                        status = .agree
                    } else if got == "sat" || got == "unsat" {
                        status = .disagree
                    } else {
                        status = .solverUnknown
                    }
                    let c = QueryCheck(file: path(q.file!), label: q.label, role: q.role, expected: q.expected, got: got, seconds: secs, status: status)
                    results.withLock { $0[i] = c }
                    progress?("\(status.rawValue): \(q.label) (\(got), \(String(format: "%.2f", secs)) s)")
                }
            }
        }
        group.wait()
        out.queries = results.withLock { $0.compactMap { $0 } }
        for q in m.queries where q.file == nil && q.role == "obligation" {
            // lionk could not print it: the reduction it states is lionk's word only.
            out.queries.append(
                QueryCheck(
                    file: "-", label: q.label, role: q.role, expected: q.expected, got: "no query file (\(q.note ?? q.answer))",
                    seconds: 0, status: .solverUnknown))
        }

        // 3. The counterexample, exactly, on the claim file.
        if let cxFile = m.counterexample, let text = texts[cxFile] {
            (out.counterexample, out.counterexampleConfirmed) = reevaluate(
                text, claimFile: m.claimFile.map { root.appendingPathComponent($0).path }, kind: m.kind, convention: m.convention)
        }
        return out
    }

    /// What the manifest's verdict needs from its own entries.
    ///
    /// A proof needs every case query unsat — for a proof by box bisection, every query of
    /// the boxes ("box …: " labels); the cases of the first, undivided attempt may stay open.
    /// An obligation must not be sat (the engine then gives no proof); one lionk left
    /// undecided is re-run by the check like any other (expected unsat), and its outcome is
    /// the check's, not an inconsistency of the bundle.
    static func consistency(_ m: Manifest) -> [String] {
        var out: [String] = []
        let proofLike = ["proved", "proved-in-scope", "no-witness", "no-witness-in-scope"].contains(m.verdict)
        if proofLike {
            let bisected = m.reductions.contains { $0.name == Verification.Reduction.boxBisection.rawValue }
            func inBox(_ label: String) -> Bool { label.hasPrefix("box ") }
            if bisected {
                let boxCases = m.queries.filter { $0.role == "case" && inBox($0.label) }
                if boxCases.isEmpty { out.append("verdict \(m.verdict) by box bisection, but no box has a case query") }
                for q in boxCases where q.answer != "unsat" {
                    out.append("verdict \(m.verdict), but query '\(q.label)' answered \(q.answer)")
                }
            } else {
                for c in m.cases where c.status != "unsat" {
                    out.append("verdict \(m.verdict), but case '\(c.label)' is \(c.status)")
                }
                for q in m.queries where q.role == "case" && q.answer != "unsat" {
                    out.append("verdict \(m.verdict), but query '\(q.label)' answered \(q.answer)")
                }
                for c in m.cases where c.query == nil {
                    out.append("verdict \(m.verdict), but case '\(c.label)' has no stored query")
                }
            }
            for q in m.queries where q.role == "obligation" && q.answer == "sat" {
                out.append("verdict \(m.verdict), but obligation '\(q.label)' answered sat")
            }
            for q in m.queries where q.role == "obligation" && q.expected != "unsat" {
                out.append("obligation '\(q.label)' must be expected unsat, the manifest says \(q.expected ?? "nothing")")
            }
            if m.cases.isEmpty && m.lemmas.isEmpty && m.queries.isEmpty { out.append("verdict \(m.verdict) with no query at all") }
        }
        if m.verdict == "refuted" || m.verdict == "found" {
            if m.counterexample == nil { out.append("verdict \(m.verdict) without a counterexample file") }
        }
        return out
    }

    /// One query's answer from the chosen solver: "sat", "unsat" or "unknown (…)".
    static func run(_ text: String, solver: CheckSolver, timeout: Double?) -> String {
        switch solver {
        case .linked:
            switch Z3Backend().check(smtlib2: text, timeout: timeout, cancellation: Cancellation()) {
            case .unsat: return "unsat"
            case .sat: return "sat"
            case .unknown(let r): return "unknown (\(r))"
            }
        case .commands(let list):
            var answers: [String] = []
            for words in list {
                let a = ExternalSolver.run(words, text: text, timeout: timeout)
                if a == "sat" || a == "unsat" { return a }
                answers.append(list.count == 1 ? a : "\(words.joined(separator: " ")): \(a)")
            }
            return list.count == 1 ? answers[0] : "unknown (" + answers.joined(separator: "; ") + ")"
        }
    }

    /// Re-evaluates the counterexample (or witness) exactly on the claim file.
    static func reevaluate(_ text: String, claimFile: String?, kind: String, convention: String) -> (String, Bool) {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        guard let cx = try? d.decode(CounterexampleFile.self, from: Data(text.utf8)) else {
            return ("not re-evaluated: counterexample.json cannot be read", false)
        }
        guard let claimFile else { return ("not re-evaluated: the bundle has no claim file", false) }
        let claim: Claim
        do { claim = try ClaimFile.load(path: claimFile) } catch { return ("not re-evaluated: claim.toml does not load (\(error))", false) }
        do {
            let (hyps, goal) = claim.inlined()
            let dim = cx.dimension
            let domains = claim.parameters.map { $0.domain.constraint(for: $0.expr).node }
            let nodes = try domains + hyps.map { try Instantiation.expand($0.node, dim: dim) }
            let g = try Instantiation.expand(goal.node, dim: dim)
            var symbols = Set<Symbol>()
            for n in nodes + [g] { symbols.formUnion(n.symbols) }
            var rationals: [Symbol: Rational] = [:]
            var algebraic: [Symbol: RealAlgebraicNumber] = [:]
            for s in symbols {
                guard let v = cx.values[s.description] else {
                    return ("not re-evaluated: no value for \(s) in counterexample.json", false)
                }
                if let e = v.exact, let r = Rational(e) {
                    rationals[s] = r
                    continue
                }
                // An irrational value: exact only with its polynomial and an isolating interval.
                guard let poly = v.polynomial, let lo = v.lower.flatMap(Rational.init), let hi = v.upper.flatMap(Rational.init) else {
                    return ("not re-evaluated: \(s) is irrational (\(v.decimal ?? "?")…) and counterexample.json gives no polynomial for it", false)
                }
                let coefficients = poly.compactMap(Rational.init)
                guard coefficients.count == poly.count,
                    let a = RealAlgebraicNumber(polynomial: RationalPolynomial(coefficients), lower: lo, upper: hi)
                else {
                    return ("not re-evaluated: \(s): the polynomial of counterexample.json does not have exactly one root in (\(lo), \(hi))", false)
                }
                algebraic[s] = a
            }
            let point = AlgebraicPoint(rationals: rationals, algebraic: algebraic)
            let env = point.rationalEnvironment
            let holds: (Node) throws -> Bool = { n in
                algebraic.isEmpty ? try Constraint(n).evaluate(env) : try point.holds(Constraint(n))
            }
            let hypsHold = try nodes.allSatisfy { try holds($0) }
            let goalHolds = try holds(g)
            let wanted = kind == "forall" ? (hypsHold && !goalHolds) : (hypsHold && goalHolds)
            if wanted {
                let how = algebraic.isEmpty ? "" : " (in exact real algebraic arithmetic for \(algebraic.keys.map(\.description).sorted().joined(separator: ", ")))"
                return ("confirmed: the hypotheses hold and the goal \(kind == "forall" ? "fails" : "holds") at d = \(dim), by exact evaluation of claim.toml\(how)", true)
            }
            if convention == "any", cx.notes.contains(where: { $0.hasPrefix("subgradient choice") }) {
                return ("not re-evaluated: the point rests on subgradient choices at kinks (convention any: \(cx.notes.joined(separator: "; "))); read with sign(0) = 0 it is not one", false)
            }
            return ("FAILED: at these values the claim file's hypotheses \(hypsHold ? "hold" : "do not hold") and its goal \(goalHolds ? "holds" : "fails")", false)
        } catch {
            return ("not re-evaluated: \(error)", false)
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let k, _): return "no '\(k.stringValue)'"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "not JSON"
        default: return "\(error)"
        }
    }
}

/// Runs an SMT-LIB2 solver binary on one query (written to a temporary file).
enum ExternalSolver {
    static func run(_ words: [String], text: String, timeout: Double?) -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-check-\(getpid())-\(UUID().uuidString).smt2")
        do { try Data(text.utf8).write(to: file) } catch { return "unknown (cannot write a temporary file: \(error.localizedDescription))" }
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = words + [file.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        let collected = Mutex(Data())
        out.fileHandleForReading.readabilityHandler = { h in
            let d = h.availableData
            collected.withLock { $0.append(d) }
        }
        do { try p.run() } catch { return "unknown (cannot run \(words.joined(separator: " ")): \(error.localizedDescription))" }
        let start = Date()
        var timedOut = false
        while p.isRunning {
            if let t = timeout, Date().timeIntervalSince(start) > t {
                timedOut = true
                p.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        p.waitUntilExit()
        out.fileHandleForReading.readabilityHandler = nil
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        let all = collected.withLock { $0 } + rest
        if timedOut { return "unknown (timeout after \(timeout ?? 0) s)" }
        let first = String(decoding: all, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)?
            .trimmingCharacters(in: .whitespaces) ?? ""
        switch first {
        case "sat", "unsat": return first
        case "unknown": return "unknown (the solver said unknown)"
        case "": return "unknown (no output; exit status \(p.terminationStatus))"
        default: return "unknown (the solver said: \(first.prefix(120)))"
        }
    }
}
