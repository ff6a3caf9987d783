import Dynamics
public import Symbolic
public import Verification

/// Oracle (i): lionk itself, through the user's path: the claim-file text read by
/// `ClaimFile`, verified by `Engine` with the Z3 backend.
public struct LionkAnswer: Sendable {
    public enum Outcome: Sendable {
        case verdict(Verdict)
        /// The claim-file reader rejected the text (a generator bug, or a claim lionk does
        /// not accept by design, e.g. a shape error after folding `x - x` to 0).
        case rejected(String)
        /// The engine threw on a claim the reader accepted.
        case threw(String)
    }

    public var outcome: Outcome
    public var provedForAllDimensions: Bool
    public var dimensionsChecked: [Int]
    public var scope: String
    /// The counterexample or witness: its dimension, values by name ("u", "x[1]"; nil
    /// entries are irrational) and lionk's own check.
    public var point: (dimension: Int, values: [String: Rational], irrational: [String], check: String)?
    public var openCases: [String]

    public init(
        outcome: Outcome, provedForAllDimensions: Bool = false, dimensionsChecked: [Int] = [], scope: String = "",
        point: (dimension: Int, values: [String: Rational], irrational: [String], check: String)? = nil, openCases: [String] = []
    ) {
        self.outcome = outcome
        self.provedForAllDimensions = provedForAllDimensions
        self.dimensionsChecked = dimensionsChecked
        self.scope = scope
        self.point = point
        self.openCases = openCases
    }

    public var verdict: Verdict? { if case .verdict(let v) = outcome { v } else { nil } }

    public var summary: String {
        switch outcome {
        case .verdict(let v):
            let where_ = provedForAllDimensions ? "every d" : "d = " + dimensionsChecked.map(String.init).joined(separator: ", ")
            return "\(v.name) (\(where_))"
        case .rejected(let e): return "rejected: \(e)"
        case .threw(let e): return "threw: \(e)"
        }
    }
}

public enum LionkOracle {
    public static func run(_ c: FClaim, timeout: Double) -> LionkAnswer {
        let text = Render.toml(c)
        let claim: Claim
        do {
            claim = try ClaimFile.parse(text, file: "fuzz.toml")
        } catch {
            return LionkAnswer(outcome: .rejected(error.description))
        }
        var o = EngineOptions()
        o.jobs = 1
        o.queryTimeout = timeout
        o.directTimeout = min(o.directTimeout, timeout)
        o.budget = max(4, timeout * 3)
        o.convention = c.options.subgradientAny ? .any : .implementation
        o.disabledReductions = FuzzReductions.disabled(c.options.without)
        let result: VerificationResult
        do {
            result = try Engine(backend: Z3Backend(), options: o).verify(claim)
        } catch {
            // A ClaimError is lionk's one-line refusal of a claim it gives no meaning to
            // (x[2] at d = 1, a coordinate of a definition): a clear error, not a crash,
            // unless it reports an internal fault.
            if error.message.hasPrefix("internal") { return LionkAnswer(outcome: .threw("\(error)")) }
            return LionkAnswer(outcome: .rejected(error.message))
        }
        var point: (dimension: Int, values: [String: Rational], irrational: [String], check: String)? = nil
        if let cx = result.counterexample {
            var values: [String: Rational] = [:]
            var irrational: [String] = []
            for (s, v) in cx.values {
                if let r = v.rational { values[s.description] = r } else { irrational.append(s.description) }
            }
            point = (cx.dimension, values, irrational.sorted(), cx.check)
        }
        return LionkAnswer(
            outcome: .verdict(result.verdict), provedForAllDimensions: result.provedForAllDimensions,
            dimensionsChecked: result.dimensionsChecked, scope: result.scope, point: point, openCases: result.openCases)
    }
}
