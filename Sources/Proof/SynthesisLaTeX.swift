import Foundation
import Symbolic
public import Verification

/// LaTeX fragments for `synthesize --latex`: the certified regions with exact ends (\frac via
/// the DSL's LaTeX printer) and each region's certificate. Needs only amsmath and amssymb.
extension LaTeXFragment {
    /// One unknown: an itemised list of the regions, in order.
    public static func synthesis(_ r: SynthesisResult) -> String {
        var out = [header(r.claim)]
        let valid = r.spans
        out.append(
            "For which $\(symbol(r.unknown)) \\in \(interval(r.range))$ does the claim hold? "
                + (valid.isEmpty
                    ? "No value was found where it holds."
                    : "It holds for " + valid.map { "$\(span(r.unknown, $0))$" }.joined(separator: " $\\cup$ ") + ".")
                + " Every region below carries its own certificate (\(r.verifications) verifications).")
        out.append("\\begin{itemize}")
        for reg in r.regions {
            let where_ = span(r.unknown, SynthesisSpan(domain: reg.domain, lowerRoot: reg.lowerRoot, upperRoot: reg.upperRoot), closedAtRoots: reg.kind == .holds)
            out.append("  \\item \\textbf{\(reg.kind.rawValue)} $\(where_)$: \(certificate(reg.kind, reg.proof, reg.counterexample, reg.certificate)).")
        }
        out.append("\\end{itemize}")
        return out.joined(separator: "\n") + "\n"
    }

    /// Several unknowns, counterexample-guided search: the outcome and the counterexamples.
    public static func synthesis(_ r: SynthesisSearchResult) -> String {
        var out = [header(r.claim)]
        let box = r.unknowns.map { "$\(domain(Parameter($0.name, $0.range)))$" }
        out.append("Counterexample-guided search for values with " + list(box) + " where the claim holds.")
        switch r.outcome {
        case .holds:
            let pt = r.unknowns.map { u in "$\(symbol(u.name)) = \(number(r.point?[u.name] ?? 0))$" }
            out.append("\\textbf{It holds at} " + list(pt) + ": \(proofText(r.proof)).")
        case .empty:
            out.append(
                "\\textbf{No value in the box works.} The \(r.rounds.count) counterexamples below, each checked exactly, jointly exclude the box: the claim that some value satisfies all their constraints has no witness (\(proofText(r.exclusion))).")
        case .undecided:
            out.append("\\textbf{Undecided:} \(text(r.reason ?? "no certificate")).")
        }
        if !r.rounds.isEmpty {
            out.append("\\begin{itemize}")
            for (i, round) in r.rounds.enumerated() {
                let pt = r.unknowns.map { u in "$\(symbol(u.name)) = \(number(round.candidate[u.name] ?? 0))$" }
                var item = "  \\item Candidate \(i + 1), " + list(pt) + ": \(text(round.verdict))"
                if let k = round.constraint {
                    item += "; its counterexample (dimension \(round.counterexample?.dimension ?? 0), checked exactly) requires $\(k.latex)$"
                } else {
                    item += "; no exact counterexample, so the candidate is only avoided"
                }
                out.append(item + ".")
            }
            out.append("\\end{itemize}")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Two unknowns, box map: a table of the decided cells (the undecided ones counted).
    public static func synthesis(_ r: SynthesisMapResult) -> String {
        var out = [header(r.claim)]
        let (x, y) = (symbol(r.x.name), symbol(r.y.name))
        out.append(
            "A map of $\(domain(Parameter(r.x.name, r.x.range)))$ and $\(domain(Parameter(r.y.name, r.y.range)))$ "
                + "(\(r.grid) $\\times$ \(r.grid) cells, bisected up to \(r.depth) \(r.depth == 1 ? "time" : "times")): "
                + "\(r.count(.holds)) \(r.count(.holds) == 1 ? "cell" : "cells") where the claim holds, "
                + "\(r.count(.fails)) where it fails, \(r.count(.undecided)) undecided (\(r.verifications) verifications).")
        out.append("\\begin{tabular}{llll}")
        out.append("  region & $\(x)$ & $\(y)$ & certificate \\\\ \\hline")
        for cell in r.cells where cell.kind != .undecided {
            let cert = cell.kind == .holds ? proofText(cell.proof) : "counterexample (dimension \(cell.counterexample?.dimension ?? 0)); \(proofText(cell.proof))"
            out.append("  \(cell.kind.rawValue) & $\(interval(cell.x))$ & $\(interval(cell.y))$ & \(cert) \\\\")
        }
        out.append("\\end{tabular}")
        out.append("")
        out.append(
            "\\noindent Certificates: a \\emph{holds} cell is the claim with both unknowns restricted to it, proved; a \\emph{fails} cell has one counterexample, checked exactly, and a proof in $\(x), \(y)$ alone that it violates the claim on the whole cell.")
        return out.joined(separator: "\n") + "\n"
    }

    static func header(_ claim: String) -> String {
        "% lionk synthesize: \(claim). Generated; \\input{} it, needs amsmath and amssymb.\n\\paragraph{Synthesis for \\texttt{\(breakable(text(claim)))}.}"
    }

    static func symbol(_ name: String) -> String { Expr.scalar(name).latex }
    static func number(_ r: Rational) -> String { Expr(r).latex }

    /// "c \in [0, \sqrt{2}]": an interval whose ends may be irrational roots.
    static func span(_ name: String, _ s: SynthesisSpan, closedAtRoots: Bool = true) -> String {
        guard s.lowerRoot != nil || s.upperRoot != nil else { return domain(Parameter(name, s.domain)) }
        if let l = s.lowerRoot, l == s.upperRoot { return "\(symbol(name)) = \(l.latex)" }
        let d = s.domain
        let left = s.lowerRoot.map { (closedAtRoots ? "[" : "(") + $0.latex } ?? d.lower.map { (d.lowerClosed ? "[" : "(") + number($0) } ?? "(-\\infty"
        let right = s.upperRoot.map { $0.latex + (closedAtRoots ? "]" : ")") } ?? d.upper.map { number($0) + (d.upperClosed ? "]" : ")") } ?? "\\infty)"
        return "\(symbol(name)) \\in \(left), \(right)"
    }

    /// [lo, hi) with exact ends.
    static func interval(_ d: ParameterDomain) -> String {
        if let v = d.exactValue { return "\\{\(number(v))\\}" }
        let left = d.lower.map { (d.lowerClosed ? "[" : "(") + number($0) } ?? "(-\\infty"
        let right = d.upper.map { number($0) + (d.upperClosed ? "]" : ")") } ?? "\\infty)"
        return "\(left), \(right)"
    }

    static func proofText(_ p: VerificationResult?) -> String {
        guard let p else { return "no proof" }
        return "\(text(p.verdict.name)), \(p.cases.count) case \(p.cases.count == 1 ? "query" : "queries") unsat"
    }

    static func certificate(_ kind: SynthesisRegion.Kind, _ proof: VerificationResult?, _ cx: Counterexample?, _ words: String) -> String {
        switch kind {
        case .holds: return "the claim restricted to it, \(proofText(proof))"
        case .fails:
            return proof != nil
                ? "one counterexample (dimension \(cx?.dimension ?? 0), checked exactly) violates the claim on all of it, proved in the unknown alone (\(proofText(proof)))"
                : "a counterexample at this value, checked exactly"
        case .undecided: return "no certificate (\(text(words)))"
        }
    }
}
