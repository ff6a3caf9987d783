/// Oracle (ii): the direct encoding at one fixed dimension.
public struct DirectAnswer: Sendable {
    public var dimension: Int
    /// ∀: hypotheses ∧ ¬goal with everything defined (sat: a counterexample).
    /// ∃: hypotheses ∧ goal with everything defined (sat: a witness).
    public var main: SMTAnswer
    /// ∀: somewhere undefined (sat: the claim is undefined); nil when nothing is partial.
    public var undefined: SMTAnswer?

    public init(dimension: Int, main: SMTAnswer, undefined: SMTAnswer?) {
        self.dimension = dimension
        self.main = main
        self.undefined = undefined
    }

    /// ∀: the claim is defined and holds at this d.
    public var holds: Bool { main == .unsat && (undefined ?? .unsat) == .unsat }
}

public enum DirectOracle {
    /// The dimensions the direct encoding is asked at: the claim's fixed dimensions, or
    /// 1…4 for `dim = "any"` (only 1 when no vector occurs), leaving out those below an
    /// explicit coordinate (`x[2]` needs d ≥ 2).
    public static func dimensions(_ c: FClaim) -> [Int] {
        let ds: [Int]
        switch c.dim {
        case .fixed(let xs): ds = xs
        case .any: ds = c.mentionsVectors ? [1, 2, 3, 4] : [1]
        }
        return ds.filter { $0 >= c.maxCoordinate }
    }

    public static func run(_ c: FClaim, dimension d: Int, timeout: Double) -> DirectAnswer? {
        guard let sc = Instantiate.claim(c, dimension: d) else { return nil }
        let q = DirectQueries(sc, kind: c.kind, subgradientAny: c.options.subgradientAny)
        let main = SMTRunner.check(q.main, timeout: timeout)
        // Undefinedness matters only when the main query does not already refute.
        let undefined = q.undefinedness.map { text in main == .sat ? .unknown("not asked") : SMTRunner.check(text, timeout: timeout) }
        return DirectAnswer(dimension: d, main: main, undefined: undefined)
    }

    /// Whether some extension of `point` is a counterexample (∀) or witness (∃) at d, by the
    /// direct encoding with the given values fixed.
    static func pointQuery(_ c: FClaim, dimension d: Int, point: [String: Rational], timeout: Double) -> SMTAnswer {
        guard let sc = Instantiate.claim(c, dimension: d) else { return .unsat }
        let known = Set(sc.unknowns + sc.parameters.map(\.name))
        let fixed = point.filter { known.contains($0.key) }
        return SMTRunner.check(DirectQueries(sc, kind: c.kind, subgradientAny: c.options.subgradientAny, point: fixed).main, timeout: timeout)
    }
}

import Symbolic
