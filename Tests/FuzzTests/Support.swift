@testable import Fuzz
import Symbolic
import Verification

/// A claim in the fuzzer's form, for hand-written tests.
func claim(
    _ kind: FKind = .forall, dim: FDim = .any, params: [FParam] = [], scalars: [String] = ["u"], vectors: [String] = [],
    definitions: [FDefinition] = [], hypotheses: [FCond] = [], goal: FCond, subgradientAny: Bool = false
) -> FClaim {
    FClaim(
        name: "test", kind: kind, dim: dim, params: params,
        variables: scalars.map { FVariable(name: $0, isVector: false) } + vectors.map { FVariable(name: $0, isVector: true) },
        definitions: definitions, hypotheses: hypotheses, goal: goal, options: FOptions(subgradientAny: subgradientAny))
}

let u = FExpr.name("u")
let x = FExpr.name("x")
func n(_ r: Rational) -> FExpr { .num(r) }

/// A lionk answer made up by a test (a planted bug).
func fake(_ v: Verdict, everyD: Bool = false, dims: [Int] = [1], point: (Int, [String: Rational])? = nil) -> LionkAnswer {
    LionkAnswer(
        outcome: .verdict(v), provedForAllDimensions: everyD, dimensionsChecked: dims, scope: "planted",
        point: point.map { ($0.0, $0.1, [], "exact") })
}

let comparator = Fuzzer.comparator(timeout: 10)

/// The causes the comparator reports for a planted answer, with the direct encoding and the
/// evaluator (each may be left out, to show that the other one alone catches the bug).
func causes(_ c: FClaim, _ l: LionkAnswer, direct: Bool = true, samples: Bool = true) -> Set<Cause> {
    let d = direct ? Fuzzer.directAnswers(c, timeout: 10) : []
    let s = samples ? Fuzzer.samples(c, count: 60, seed: 7) : []
    return Set(comparator.compare(c, lionk: l, direct: d, samples: s).map(\.cause))
}
