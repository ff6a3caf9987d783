import Foundation
import Symbolic

extension Engine {
    /// Irrational ends of a one-unknown synthesis (docs/synthesis.md, "Irrational ends"). After
    /// the search, an undecided bracket [l, h] narrower than the tolerance that touches a holds
    /// region is where a boundary was bracketed without a rational end. For the simplest roots
    /// r of small integer quadratics p that lie alone in [l, h], the claim is verified with the
    /// unknown in [l, h] and the extra hypothesis s·p(u) ≤ 0, the sign s chosen so that this
    /// set is exactly [l, r] (a holds region on the left) or [r, h] (on the right); proved, the
    /// region ends at r exactly. A bracket between two holds regions is verified whole.
    ///
    /// Contract: nothing is inferred — each new holds region is the claim proved on the set it
    /// names; the rest of the bracket stays undecided.
    func identifyRoots(
        _ claim: Claim, unknown: String, regions: [SynthesisRegion], tolerance: Rational, count: inout Int, maxVerifications: Int,
        progress: (@Sendable (String) -> Void)?
    ) -> [SynthesisRegion] {
        let sub = synthesisEngine
        var out = regions
        var i = 0
        while i < out.count {
            let g = out[i]
            guard g.kind == .undecided, g.lowerRoot == nil, g.upperRoot == nil, let l = g.domain.lower, let h = g.domain.upper,
                let w = g.domain.width, w <= tolerance * 2, !w.isZero, count < maxVerifications
            else {
                i += 1
                continue
            }
            func holdsEnd(_ j: Int, at v: Rational, upper: Bool) -> Bool {
                guard out.indices.contains(j), out[j].kind == .holds else { return false }
                let d = out[j].domain
                return upper ? (out[j].upperRoot == nil && d.upper == v && d.upperClosed) : (out[j].lowerRoot == nil && d.lower == v && d.lowerClosed)
            }
            let left = holdsEnd(i - 1, at: l, upper: true)
            let right = holdsEnd(i + 1, at: h, upper: false)
            let bracket = ParameterDomain.closed(l, h)
            if left && right {
                count += 1
                progress?("[\(count)] \(unknown) ∈ \(bracket): between two proved regions")
                let c = claim.with(unknown, domain: bracket)
                if let r = try? sub.verify(c), r.verdict.isProof {
                    out[i] = SynthesisRegion(
                        kind: .holds, domain: g.domain, proof: r,
                        certificate: "proved for every \(unknown) ∈ \(bracket) (\(r.verdict.name), \(r.cases.count) cases)", proofClaim: c)
                }
                i += 1
                continue
            }
            guard left || right else {
                i += 1
                continue
            }
            let u = Expr.scalar(unknown)
            var replaced = false
            for root in QuadraticRoot.candidates(in: l, h).prefix(3) where count < maxVerifications {
                // p changes sign once in [l, h], at the root: s·p ≤ 0 is [l, r] or [r, h].
                let s = -(left ? root.value(at: l) : root.value(at: h)).signum
                var c = claim.with(unknown, domain: bracket)
                c.hypotheses.append(Expr(Rational(s)) * root.polynomial(u) .<= Expr(0))
                count += 1
                progress?("[\(count)] \(unknown) between \(left ? "\(l)" : "\(root)") and \(left ? "\(root)" : "\(h)")")
                guard let r = try? sub.verify(c), r.verdict.isProof else { continue }
                let span = left ? "[\(l), \(root)]" : "[\(root), \(h)]"
                var holds = SynthesisRegion(
                    kind: .holds, domain: bracket, proof: r,
                    certificate: "proved for every \(unknown) ∈ \(span), \(root) the root of \(root.polynomialText(unknown)) in \(bracket) "
                        + "(\(r.verdict.name), \(r.cases.count) cases)",
                    proofClaim: c)
                var rest = g
                rest.certificate = "the rest of the bracket \(bracket) around \(root): no certificate"
                if left {
                    holds.upperRoot = root
                    rest.lowerRoot = root
                    out[i] = holds
                    out.insert(rest, at: i + 1)
                } else {
                    holds.lowerRoot = root
                    rest.upperRoot = root
                    out[i] = rest
                    out.insert(holds, at: i + 1)
                }
                replaced = true
                break
            }
            i += replaced ? 2 : 1
        }
        return out
    }
}
