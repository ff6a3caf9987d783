import Symbolic

/// What an instantiated claim says at one point (parameters and coordinates given exactly).
enum PointVerdict: Sendable, Equatable {
    /// Every hypothesis is defined and true, the goal defined and false (for some choice of
    /// sign(0) under `--subgradient any`).
    case counterexample
    /// Hypotheses and goal defined and true (for some choice under `--subgradient any`).
    case witness
    /// A hypothesis is undefined here, or the hypotheses hold and the goal is undefined.
    case undefined(String)
    /// The claim holds here (∀), or the point is not a witness (∃).
    case fine
    /// A parameter lies outside its domain.
    case outsideDomain(String)
    /// An intermediate value is irrational.
    case inexact
}

enum PointCheck {
    /// Judges a point. Under `--subgradient any`, each sign whose argument is 0 takes the
    /// values −1, 0, 1 (all combinations, up to 3⁴), and the worst case for the claim wins:
    /// a counterexample or witness for some choice, else undefined for some choice.
    static func judge(_ c: ScalarClaim, kind: FKind, point: [String: Rational], subgradientAny: Bool) -> PointVerdict {
        for p in c.parameters {
            guard let v = point[p.name] else { return .outsideDomain("\(p.name) has no value") }
            if !p.domain.contains(v) { return .outsideDomain("\(p.name) = \(v) is outside \(Render.domain(p.domain))") }
        }
        var keys: [String] = []
        var assignment = 0
        var best: PointVerdict? = nil
        var evaluations = 0
        while evaluations < 81 {
            evaluations += 1
            var choices: [String: Rational] = [:]
            var a = assignment
            for k in keys {
                choices[k] = Rational(a % 3 - 1)
                a /= 3
            }
            var ev = Evaluator(point: point, subgradientAny: subgradientAny, choices: choices)
            let v = once(c, kind: kind, &ev)
            best = worse(best, v, kind: kind)
            if case .counterexample = v { return v }
            if case .witness = v { return v }
            let newKeys = ev.zeroSigns.subtracting(keys).sorted()
            if !newKeys.isEmpty && keys.count + newKeys.count <= 4 {
                keys += newKeys
                assignment = 0
                continue
            }
            assignment += 1
            if assignment >= pow3(keys.count) { break }
        }
        return best ?? .inexact
    }

    private static func pow3(_ k: Int) -> Int { (0..<k).reduce(1) { r, _ in r * 3 } }

    private static func worse(_ a: PointVerdict?, _ b: PointVerdict, kind: FKind) -> PointVerdict {
        guard let a else { return b }
        func rank(_ v: PointVerdict) -> Int {
            switch v {
            case .counterexample, .witness: return 4
            case .undefined: return 3
            case .inexact: return 2
            case .fine: return 1
            case .outsideDomain: return 0
            }
        }
        return rank(b) > rank(a) ? b : a
    }

    private static func once(_ c: ScalarClaim, kind: FKind, _ ev: inout Evaluator) -> PointVerdict {
        var allTrue = true
        var inexact = false
        for (i, h) in c.hypotheses.enumerated() {
            switch ev.condition(h) {
            case .undefined(let why): return .undefined("hypothesis \(i + 1) is undefined: \(why)")
            case .value(let t): if !t { allTrue = false }
            case .inexact: inexact = true
            }
        }
        if !allTrue { return .fine }
        if inexact { return .inexact }
        switch ev.condition(c.goal) {
        case .undefined(let why):
            return kind == .forall ? .undefined("the goal is undefined where the hypotheses hold: \(why)") : .fine
        case .inexact: return .inexact
        case .value(let t):
            switch kind {
            case .forall: return t ? .fine : .counterexample
            case .exists: return t ? .witness : .fine
            }
        }
    }
}
