public import Symbolic
import Verification

/// Why a claim failed: the groups of the report.
public enum Cause: String, Sendable, Hashable, Codable, CaseIterable {
    /// lionk proved a ∀-claim that has a counterexample (direct encoding or evaluation).
    case provedButCounterexample = "proved-but-counterexample"
    /// lionk proved a ∀-claim that is undefined somewhere.
    case provedButUndefined = "proved-but-undefined"
    /// lionk refuted a ∀-claim that has no counterexample at that d.
    case refutedButNoCounterexample = "refuted-but-no-counterexample"
    /// lionk's counterexample is not one (hypotheses false or undefined, goal true or undefined).
    case counterexampleNotConfirmed = "counterexample-not-confirmed"
    /// lionk found a witness for an ∃-claim that has none at that d.
    case foundButNoWitness = "found-but-no-witness"
    /// lionk's witness is not one.
    case witnessNotConfirmed = "witness-not-confirmed"
    /// lionk said no-witness for an ∃-claim that has one.
    case noWitnessButWitness = "no-witness-but-witness"
    /// lionk threw on a claim its reader accepted.
    case crash = "crash"
    /// The fuzzer's own oracles (ii) and (iii) disagree: a bug of the fuzzer.
    case oraclesDisagree = "oracles-disagree"
}

public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public var cause: Cause
    public var detail: String
    public init(_ cause: Cause, _ detail: String) {
        self.cause = cause
        self.detail = detail
    }
    public var description: String { "\(cause.rawValue): \(detail)" }
}

/// What the evaluator found at random points of one dimension.
public struct SampleResult: Sendable {
    public var dimension: Int
    /// A counterexample / undefined point (∀) or witness (∃), or nil.
    var hit: (verdict: PointVerdict, point: [String: Rational])?
}

/// Compares lionk's answer with the direct encoding and the exact evaluator. Unknown from
/// either side is never a disagreement; two decided answers that differ are.
public struct Comparator: Sendable {
    /// Asks whether some extension of a point is a counterexample (∀) / witness (∃) at d.
    public var pointQuery: @Sendable (FClaim, Int, [String: Rational]) -> SMTAnswer

    public init(pointQuery: @escaping @Sendable (FClaim, Int, [String: Rational]) -> SMTAnswer) {
        self.pointQuery = pointQuery
    }

    static func show(_ p: [String: Rational]) -> String {
        "{" + p.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// The dimensions at which a verdict that covers a range (proved, no-witness) is compared.
    static func comparedDimensions(_ c: FClaim, _ l: LionkAnswer) -> [Int] {
        let available = DirectOracle.dimensions(c)
        if l.provedForAllDimensions { return available }
        return available.filter(l.dimensionsChecked.contains)
    }

    public func compare(_ c: FClaim, lionk l: LionkAnswer, direct: [DirectAnswer], samples: [SampleResult]) -> [Finding] {
        var out: [Finding] = []
        let byDim = Dictionary(direct.map { ($0.dimension, $0) }, uniquingKeysWith: { a, _ in a })
        let sampleByDim = Dictionary(samples.map { ($0.dimension, $0) }, uniquingKeysWith: { a, _ in a })

        // The fuzzer's own oracles must agree with each other.
        for s in samples {
            guard let hit = s.hit, let d = byDim[s.dimension] else { continue }
            switch (c.kind, hit.verdict) {
            case (.forall, .counterexample) where d.main == .unsat:
                out.append(Finding(.oraclesDisagree, "d = \(s.dimension): evaluation finds a counterexample \(Self.show(hit.point)), the direct encoding none"))
            case (.forall, .undefined(let why)) where d.holds:
                out.append(Finding(.oraclesDisagree, "d = \(s.dimension): evaluation finds an undefined point \(Self.show(hit.point)) (\(why)), the direct encoding none"))
            case (.exists, .witness) where d.main == .unsat:
                out.append(Finding(.oraclesDisagree, "d = \(s.dimension): evaluation finds a witness \(Self.show(hit.point)), the direct encoding none"))
            default: break
            }
        }

        switch l.outcome {
        case .rejected: return out
        case .threw(let e):
            out.append(Finding(.crash, "lionk threw: \(e)"))
            return out
        case .verdict(let v):
            let scope = l.provedForAllDimensions ? "for every d" : "at d = \(l.dimensionsChecked.map(String.init).joined(separator: ", "))"
            switch v {
            case .unknown: break
            case .proved, .provedInScope:
                for d in Self.comparedDimensions(c, l) {
                    if let a = byDim[d] {
                        if a.main == .sat {
                            out.append(Finding(.provedButCounterexample, "proved \(scope); the direct encoding has a counterexample at d = \(d)"))
                        } else if a.undefined == .sat {
                            out.append(Finding(.provedButUndefined, "proved \(scope); the direct encoding finds the claim undefined at d = \(d)"))
                        }
                    }
                    if let hit = sampleByDim[d]?.hit {
                        switch hit.verdict {
                        case .counterexample:
                            out.append(Finding(.provedButCounterexample, "proved \(scope); exact evaluation at d = \(d): counterexample \(Self.show(hit.point))"))
                        case .undefined(let why):
                            out.append(Finding(.provedButUndefined, "proved \(scope); exact evaluation at d = \(d): \(why) at \(Self.show(hit.point))"))
                        default: break
                        }
                    }
                }
            case .noWitness, .noWitnessInScope:
                for d in Self.comparedDimensions(c, l) {
                    if byDim[d]?.main == .sat {
                        out.append(Finding(.noWitnessButWitness, "no-witness \(scope); the direct encoding has a witness at d = \(d)"))
                    }
                    if let hit = sampleByDim[d]?.hit, case .witness = hit.verdict {
                        out.append(Finding(.noWitnessButWitness, "no-witness \(scope); exact evaluation at d = \(d): witness \(Self.show(hit.point))"))
                    }
                }
            case .refuted, .found:
                out += checkPoint(c, l, verdict: v, direct: byDim)
            }
        }
        // One finding per cause is enough to group and shrink.
        var seen = Set<Cause>()
        return out.filter { seen.insert($0.cause).inserted }
    }

    /// A refutation's counterexample or a witness must be one, checked exactly (or by the
    /// direct encoding with the point's values fixed, when a value is irrational or a sign
    /// at 0 needs a choice the evaluator does not try).
    func checkPoint(_ c: FClaim, _ l: LionkAnswer, verdict: Verdict, direct: [Int: DirectAnswer]) -> [Finding] {
        let refuted = verdict == .refuted
        let noPoint: Cause = refuted ? .refutedButNoCounterexample : .foundButNoWitness
        let notConfirmed: Cause = refuted ? .counterexampleNotConfirmed : .witnessNotConfirmed
        let what = refuted ? "counterexample" : "witness"
        guard let p = l.point else {
            return [Finding(notConfirmed, "\(verdict.name) without a \(what)")]
        }
        var out: [Finding] = []
        if direct[p.dimension]?.main == .unsat {
            out.append(Finding(noPoint, "\(verdict.name) at d = \(p.dimension); the direct encoding has no \(what) there"))
        }
        guard let sc = Instantiate.claim(c, dimension: p.dimension) else {
            out.append(Finding(notConfirmed, "\(verdict.name) at d = \(p.dimension), where the claim's coordinates do not exist"))
            return out
        }
        let names = sc.parameters.map(\.name) + sc.unknowns
        let complete = names.allSatisfy { p.values[$0] != nil }
        if complete {
            let v = PointCheck.judge(sc, kind: c.kind, point: p.values, subgradientAny: c.options.subgradientAny)
            switch v {
            case .counterexample where refuted, .witness where !refuted: return out
            case .fine, .undefined, .outsideDomain:
                if !c.options.subgradientAny {
                    out.append(Finding(notConfirmed, "\(what) \(Self.show(p.values)) at d = \(p.dimension) (lionk's check: \(p.check)): exact evaluation says \(Self.describe(v))"))
                    return out
                }
            default: break
            }
        }
        if pointQuery(c, p.dimension, p.values) == .unsat {
            out.append(Finding(notConfirmed, "\(what) \(Self.show(p.values)) at d = \(p.dimension) (lionk's check: \(p.check)): no \(what) has these values"))
        }
        return out
    }

    static func describe(_ v: PointVerdict) -> String {
        switch v {
        case .counterexample: return "a counterexample"
        case .witness: return "a witness"
        case .undefined(let why): return why
        case .fine: return "the hypotheses fail or the goal holds"
        case .outsideDomain(let why): return why
        case .inexact: return "irrational"
        }
    }
}
