import Foundation
public import Symbolic

/// A box map of two unknowns (docs/synthesis.md "A map of two unknowns"): the search box is cut
/// into a grid of half-open cells (closed at the box's upper ends), so the cells partition it,
/// and each cell is certified or left undecided:
///
/// - **holds**: the claim with both unknowns restricted to the cell, proved by `verify`;
/// - **fails**: one counterexample x*, checked exactly, and a proof in the unknowns alone that
///   x* violates the claim for every value in the cell;
/// - **undecided**: neither, after bisecting the cell (both axes) `depth` times, or once the
///   budget is spent. A counterexample found at one point of the cell is kept with it.
public struct SynthesisMapCell: Sendable {
    public var kind: SynthesisRegion.Kind
    public var x: ParameterDomain
    public var y: ParameterDomain
    /// holds: the proof of the claim on the cell; fails: the proof that x* fails on all of it.
    public var proof: VerificationResult?
    public var counterexample: Counterexample?
    public var certificate: String
    /// The claim `proof` proves (the claim on the cell, or x* failing on it).
    public var proofClaim: Claim? = nil
}

public struct SynthesisMapResult: Sendable {
    public var claim: String
    public var x: (name: String, range: ParameterDomain)
    public var y: (name: String, range: ParameterDomain)
    public var grid: Int
    public var depth: Int
    /// Row-major from the lower left, finer cells where a cell was bisected.
    public var cells: [SynthesisMapCell]
    public var verifications: Int
    public var seconds: Double

    public func count(_ k: SynthesisRegion.Kind) -> Int { cells.filter { $0.kind == k }.count }
}

extension ParameterDomain {
    /// The bounded interval cut at `m` (inside it) into [l, m) and [m, u] (ends kept).
    func split(at m: Rational) -> (ParameterDomain, ParameterDomain) {
        (
            ParameterDomain(lower: lower, lowerClosed: lowerClosed, upper: m, upperClosed: false),
            ParameterDomain(lower: m, lowerClosed: true, upper: upper, upperClosed: upperClosed)
        )
    }

    /// The bounded interval cut into n half-open pieces of equal width (the last keeps the upper end).
    func pieces(_ n: Int) -> [ParameterDomain] {
        guard let l = lower, let u = upper, n > 1 else { return [self] }
        var out: [ParameterDomain] = []
        var rest = self
        for k in 1..<n {
            let (a, b) = rest.split(at: l + (u - l) * Rational(k) / Rational(n))
            out.append(a)
            rest = b
        }
        return out + [rest]
    }

    /// The midpoint of a bounded interval.
    var middle: Rational? { lower.flatMap { l in upper.map { (l + $0) / 2 } } }
}

extension Engine {
    /// The proved / refuted-everywhere / undecided map of the two unknowns `x` and `y` of a
    /// ∀-claim over their search box. Known counterexamples are tried on each new cell first
    /// (a proof in the unknowns alone, cheaper than a verification of the claim).
    public func synthesisMap(
        _ claim: Claim, x: (String, ParameterDomain), y: (String, ParameterDomain), grid: Int, depth: Int, maxVerifications: Int = 400,
        progress: (@Sendable (String) -> Void)? = nil
    ) throws(ClaimError) -> SynthesisMapResult {
        guard claim.kind == .forall else { throw ClaimError("synthesis needs a ∀-claim") }
        guard x.0 != y.0 else { throw ClaimError("the two unknowns must differ") }
        for (name, range) in [x, y] {
            guard claim.parameters.contains(where: { $0.symbol.name == name }) else { throw ClaimError("'\(name)' is not a parameter of the claim") }
            guard range.lower != nil, range.upper != nil, !range.isEmpty, range.exactValue == nil else {
                throw ClaimError("the search interval for \(name) must be bounded with two different ends (got \(range))")
            }
        }
        guard (1...64).contains(grid), (0...8).contains(depth) else { throw ClaimError("the grid must be 1 to 64 cells per axis and the depth 0 to 8") }
        let start = Date()
        let sub = synthesisEngine
        var count = 0
        var cells: [SynthesisMapCell] = []
        /// Counterexamples found so far, most recent first, with their readings in the unknowns.
        var known: [(Counterexample, Constraint)] = []
        let symbols: Set<Symbol> = [.scalar(x.0), .scalar(y.0)]
        func box(_ cx: ParameterDomain, _ cy: ParameterDomain) -> String { "\(x.0) ∈ \(cx), \(y.0) ∈ \(cy)" }

        /// A known counterexample that fails at the cell's centre (exact evaluation), proved to
        /// fail on the whole cell.
        func knownFails(_ cx: ParameterDomain, _ cy: ParameterDomain) -> SynthesisMapCell? {
            guard let mx = cx.middle, let my = cy.middle else { return nil }
            let env: Environment<Rational> = [.scalar(x.0): .scalar(mx), .scalar(y.0): .scalar(my)]
            var tried = 0
            for (cex, violated) in known where tried < 3 && count < maxVerifications {
                guard (try? violated.evaluate(env)) == true else { continue }
                tried += 1
                count += 1
                progress?("[\(count)] \(box(cx, cy)): a known counterexample")
                if let p = sub.failsEverywhere(claim, cx: cex, box: [(x.0, cx), (y.0, cy)], title: box(cx, cy)) {
                    return SynthesisMapCell(
                        kind: .fails, x: cx, y: cy, proof: p.result, counterexample: cex,
                        certificate: "a counterexample found earlier violates the claim on the whole cell (proved in \(x.0), \(y.0) alone)",
                        proofClaim: p.claim)
                }
            }
            return nil
        }

        var work: [(ParameterDomain, ParameterDomain, Int)] = []
        for cy in y.1.pieces(grid) { for cx in x.1.pieces(grid) { work.append((cx, cy, 0)) } }
        while !work.isEmpty {
            let (cx, cy, level) = work.removeFirst()
            if count >= maxVerifications || cancellation.isCancelled {
                cells.append(SynthesisMapCell(kind: .undecided, x: cx, y: cy, certificate: "not examined: the budget of \(maxVerifications) verifications is spent"))
                continue
            }
            if let c = knownFails(cx, cy) {
                cells.append(c)
                continue
            }
            count += 1
            progress?("[\(count)] \(box(cx, cy))")
            let onCell = claim.restricted(x.0, to: cx).restricted(y.0, to: cy)
            let res = try? sub.verify(onCell)
            if let res, res.verdict.isProof {
                cells.append(
                    SynthesisMapCell(
                        kind: .holds, x: cx, y: cy, proof: res, certificate: "proved for every \(box(cx, cy)) (\(res.verdict.name), \(res.cases.count) cases)",
                        proofClaim: onCell))
                continue
            }
            var pointCx: Counterexample?
            if let res, res.verdict == .refuted, let cex = res.counterexample, cex.isExactlyChecked {
                pointCx = cex
                if let pf = PointFormula(claim, unknowns: symbols, cx: cex), let v = try? pf.violated() {
                    known.insert((cex, v), at: 0)
                    if count < maxVerifications {
                        count += 1
                        progress?("[\(count)] \(box(cx, cy)): its counterexample on the whole cell")
                        if let p = sub.failsEverywhere(claim, cx: cex, box: [(x.0, cx), (y.0, cy)], title: box(cx, cy)) {
                            cells.append(
                                SynthesisMapCell(
                                    kind: .fails, x: cx, y: cy, proof: p.result, counterexample: cex,
                                    certificate: "one counterexample violates the claim on the whole cell (proved in \(x.0), \(y.0) alone)",
                                    proofClaim: p.claim))
                            continue
                        }
                    }
                }
            }
            if level < depth, let mx = cx.middle, let my = cy.middle {
                let (xl, xh) = cx.split(at: mx)
                let (yl, yh) = cy.split(at: my)
                work += [(xl, yl, level + 1), (xh, yl, level + 1), (xl, yh, level + 1), (xh, yh, level + 1)]
                continue
            }
            let why: String
            if let cex = pointCx {
                let at = [x.0, y.0].map { "\($0) = \(cex.values[.scalar($0)]?.description ?? "?")" }.joined(separator: ", ")
                why = "a counterexample at \(at), checked exactly; not shown to fail on the whole cell"
            } else {
                why = "the claim on the cell is \(res?.verdict.name ?? "not verifiable") and no counterexample covers it"
            }
            cells.append(SynthesisMapCell(kind: .undecided, x: cx, y: cy, counterexample: pointCx, certificate: why))
        }
        cells.sort { a, b in
            let (ay, by) = (a.y.lower ?? 0, b.y.lower ?? 0)
            return ay != by ? ay < by : (a.x.lower ?? 0) < (b.x.lower ?? 0)
        }
        return SynthesisMapResult(
            claim: claim.name, x: (name: x.0, range: x.1), y: (name: y.0, range: y.1), grid: grid, depth: depth, cells: cells, verifications: count,
            seconds: Date().timeIntervalSince(start))
    }
}
