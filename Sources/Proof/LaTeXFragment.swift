import Foundation
import Symbolic
public import Verification

/// A LaTeX fragment for a paper's appendix (`verify --latex`, `reproduce --latex`): the
/// statement in mathematical notation (the DSL's LaTeX printer), its parameter region and
/// dimension scope, and a "machine-checked" paragraph (verdict, reductions, cases, solver,
/// how to re-check, the bundle hash). Needs only amsmath and amssymb.
public enum LaTeXFragment {
    /// One claim's statement and machine-checked paragraph.
    /// `irrational`: the counterexample's values that are irrational algebraic numbers (its
    /// check then used exact real algebraic arithmetic for them).
    public static func section(claim: Claim, manifest m: Manifest, bundle: String?, irrational: [String] = []) -> String {
        var out: [String] = []
        out.append("% lionk \(m.writtenBy?.lionk ?? ""): \(m.claim) (\(m.verdict)). Generated; \\input{} it, needs amsmath and amssymb.")
        out.append("\\paragraph{Claim \\texttt{\(breakable(text(m.claim)))}.}")
        // Quantifier prefix: dimension scope, parameters, state.
        var scope: String
        if m.dimensions.allDimensions {
            scope = "For every dimension $d \\ge 1$"
        } else {
            let ds = m.dimensions.checked.map(String.init).joined(separator: ", ")
            scope = m.dimensions.checked.count == 1 ? "In dimension $d = \(ds)$" : "In dimensions $d \\in \\{\(ds)\\}$"
        }
        let params = claim.parameters.map { "$\(domain($0))$" }
        if !params.isEmpty { scope += ", for all parameters with " + list(params) }
        let state = claim.variables.map { v -> String in
            let e = Expr(v).latex
            if case .vector = v.shape { return "$\(e) \\in \\mathbb{R}^d$" }
            return "$\(e) \\in \\mathbb{R}$"
        }
        if !state.isEmpty { scope += " and all " + list(state) }
        out.append(scope + (claim.definitions.isEmpty ? "" : ", writing"))
        if !claim.definitions.isEmpty {
            out.append("\\begin{align*}")
            out.append(claim.definitions.map { "  \(Expr($0.0).latex) &:= \($0.1.latex)" }.joined(separator: " \\\\\n"))
            out.append("\\end{align*}")
        }
        let exists = claim.kind == .exists
        if !claim.hypotheses.isEmpty {
            out.append(exists ? "there are values with" : "such that")
            out.append("\\begin{gather*}")
            out.append(claim.hypotheses.map { "  \($0.latex)" }.joined(separator: ", \\\\\n"))
            out.append("\\end{gather*}")
            out.append(exists ? "and" : "we have")
        } else {
            out.append(exists ? "there are values with" : "we have")
        }
        out.append(display(claim.goal))

        // The machine-checked paragraph.
        let verdictText: String
        switch m.verdict {
        case "proved": verdictText = "proved"
        case "proved-in-scope": verdictText = "proved for the dimensions above only"
        case "refuted": verdictText = "refuted (an exact counterexample is in the bundle)"
        case "found": verdictText = "shown (an exact witness is in the bundle)"
        case "no-witness": verdictText = "shown to have no witness"
        default: verdictText = m.verdict.replacingOccurrences(of: "-", with: " ")
        }
        let decided = m.queries.filter { $0.expected != nil }.count
        let obligations = m.queries.filter { $0.role == "obligation" }.count
        var para = "\\paragraph{Machine-checked.} lionk \(text(m.writtenBy?.lionk ?? "")) with \(text(m.solver)) \\emph{\(verdictText)} this statement"
        para += irrational.isEmpty
            ? " in exact rational arithmetic"
            : " in exact arithmetic (rationals, and real algebraic numbers for the counterexample's "
                + irrational.map { "\\texttt{\(text($0))}" }.joined(separator: ", ") + ")"
        para += ": \(m.cases.count) case \(m.cases.count == 1 ? "query" : "queries")"
        para += ", \(decided) decided \(decided == 1 ? "query" : "queries") in all (cases, side conditions, definedness"
        para += obligations > 0 ? ", and \(obligations) obligation\(obligations == 1 ? "" : "s") stating the reductions themselves)" : ")"
        if !m.lemmas.isEmpty {
            para += ", using \(m.lemmas.count) lemma\(m.lemmas.count == 1 ? "" : "s") proved by queries of their own ("
                + m.lemmas.map { "\\texttt{\(text($0.name))}" }.joined(separator: ", ") + ")"
        }
        para += ". Reductions: "
        para += m.reductions.map { r in
            "\\texttt{\(text(r.name).replacingOccurrences(of: "-", with: "-\\allowbreak{}"))} (\(text(r.contract))\(r.checkedBy == ["argument"] ? ", an argument" : ", checked by its obligations"))"
        }.joined(separator: "; ") + "."
        if let b = bundle {
            para += " Re-check without trusting lionk: \\texttt{lionk check \(breakable(text(b)))}, or any SMT-LIB2 solver with \\texttt{--solver}."
        }
        out.append(para)
        if let h = m.bundleHash {
            let chunks = stride(from: 0, to: h.count, by: 16).map { i in
                String(h.dropFirst(i).prefix(16))
            }
            out.append("\n\\noindent Bundle hash (SHA-256): " + chunks.map { "\\texttt{\($0)}" }.joined(separator: "\\allowbreak") + ".")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A complete document around fragments (for a compile check, or a quick look).
    public static func standalone(_ body: String) -> String {
        """
        \\documentclass{article}
        \\usepackage{amsmath,amssymb}
        \\begin{document}
        \(body)
        \\end{document}

        """
    }

    /// Text set in the body: LaTeX's special characters escaped.
    static func text(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "_", "#", "%", "&", "$", "{", "}": out += "\\" + String(ch)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "∞": out += "$\\infty$"
            case "∈": out += "$\\in$"
            case "≤": out += "$\\le$"
            case "≥": out += "$\\ge$"
            case "κ": out += "$\\kappa$"
            default:
                if ch.isASCII { out.append(ch) } else { out += "?" }
            }
        }
        return out
    }

    /// The goal displayed: on one line, or a long comparison over two (`multline*`).
    static func display(_ c: Constraint) -> String {
        let one = c.latex
        let relations: [Op: String] = [.le: "\\le", .lt: "<", .eq: "="]
        guard one.count > 160, c.node.args.count == 2, let rel = relations[c.node.op] else { return "\\[ \(one). \\]" }
        return "\\begin{multline*}\n  \(Expr(c.node.args[0]).latex) \\\\\n  \(rel) \(Expr(c.node.args[1]).latex).\n\\end{multline*}"
    }

    /// Lets a long name or path break after '/' and '.' (typewriter text does not hyphenate).
    static func breakable(_ s: String) -> String {
        s.replacingOccurrences(of: "/", with: "/\\allowbreak{}").replacingOccurrences(of: ".", with: ".\\allowbreak{}")
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// A parameter's domain: p = 1/2, p ∈ (0, ∞), 0 ≤ β ≤ 1.
    static func domain(_ p: Parameter) -> String {
        let name = p.expr.latex
        let d = p.domain
        func number(_ r: Rational) -> String { Expr(r).latex }
        if let lo = d.lower, let hi = d.upper, lo == hi { return "\(name) = \(number(lo))" }
        let left = d.lower.map { (d.lowerClosed ? "[" : "(") + number($0) } ?? "(-\\infty"
        let right = d.upper.map { number($0) + (d.upperClosed ? "]" : ")") } ?? "\\infty)"
        if d.lower == nil && d.upper == nil { return "\(name) \\in \\mathbb{R}" }
        return "\(name) \\in \(left), \(right)"
    }
}
