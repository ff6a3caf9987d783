public import Symbolic

/// Prints the fuzzer's AST in the DSL's text syntax (fully parenthesised, so no precedence
/// rule of the parser is relied on) and a claim as claim-file TOML.
public enum Render {
    public static func number(_ r: Rational) -> String {
        r.signum < 0 || !r.isInteger ? "(\(r.description))" : r.description
    }

    public static func expr(_ e: FExpr) -> String {
        switch e {
        case .num(let r): return number(r)
        case .name(let n): return n
        case .coord(let n, let i): return "\(n)[\(i)]"
        case .neg(let a): return "(-\(expr(a)))"
        case .add(let a, let b): return "(\(expr(a)) + \(expr(b)))"
        case .sub(let a, let b): return "(\(expr(a)) - \(expr(b)))"
        case .mul(let a, let b): return "(\(expr(a))*\(expr(b)))"
        case .div(let a, let b): return "(\(expr(a))/\(expr(b)))"
        case .pow(let a, let k): return "(\(expr(a))^\(number(k)))"
        case .sqrt(let a): return "sqrt(\(expr(a)))"
        case .sign(let a): return "sign(\(expr(a)))"
        case .abs(let a): return "abs(\(expr(a)))"
        case .relu(let a): return "relu(\(expr(a)))"
        case .max(let xs): return "max(\(xs.map(expr).joined(separator: ", ")))"
        case .min(let xs): return "min(\(xs.map(expr).joined(separator: ", ")))"
        case .clip(let a, let b, let c): return "clip(\(expr(a)), \(expr(b)), \(expr(c)))"
        case .ite(let c, let a, let b): return "ite(\(cond(c)), \(expr(a)), \(expr(b)))"
        case .sum(let a): return "sum(\(expr(a)))"
        case .dot(let a, let b): return "dot(\(expr(a)), \(expr(b)))"
        case .norm1(let a): return "norm1(\(expr(a)))"
        case .norm2(let a): return "norm2(\(expr(a)))"
        case .normInf(let a): return "norminf(\(expr(a)))"
        }
    }

    public static func cond(_ c: FCond) -> String {
        switch c {
        case .cmp(let op, let a, let b): return "(\(expr(a)) \(op.rawValue) \(expr(b)))"
        case .and(let p, let q): return "(\(cond(p)) and \(cond(q)))"
        case .or(let p, let q): return "(\(cond(p)) or \(cond(q)))"
        case .not(let p): return "(not \(cond(p)))"
        case .implies(let p, let q): return "(\(cond(p)) => \(cond(q)))"
        }
    }

    public static func domain(_ d: FDomain) -> String {
        if let v = d.exactValue { return v.description }
        let lo = d.lower.map { (d.lowerClosed ? "[" : "(") + $0.description } ?? "(-inf"
        let hi = d.upper.map { $0.description + (d.upperClosed ? "]" : ")") } ?? "inf)"
        return "\(lo), \(hi)"
    }

    /// The options as `lionk verify` flags.
    public static func flags(_ o: FOptions) -> String {
        var parts: [String] = []
        if o.subgradientAny { parts.append("--subgradient any") }
        for w in o.without { parts.append("--without \(w)") }
        return parts.joined(separator: " ")
    }

    static func quoted(_ s: String) -> String { "\"" + s + "\"" }

    /// The claim as claim-file TOML (the text lionk reads).
    public static func toml(_ c: FClaim, header: [String] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("name = \(quoted(c.name))")
        lines.append("kind = \(quoted(c.kind.rawValue))")
        switch c.dim {
        case .any: lines.append("dim = \"any\"")
        case .fixed(let ds): lines.append("dim = [\(ds.map(String.init).joined(separator: ", "))]")
        }
        if !c.variables.isEmpty {
            let vs = c.variables.map { quoted($0.isVector ? "\($0.name): vector" : "\($0.name): scalar") }
            lines.append("state = [\(vs.joined(separator: ", "))]")
        }
        if !c.definitions.isEmpty {
            lines.append("define = [")
            for d in c.definitions { lines.append("  \(quoted("\(d.name) = \(expr(d.value))")),") }
            lines.append("]")
        }
        lines.append("hypotheses = [\(c.hypotheses.map { quoted(cond($0)) }.joined(separator: ", "))]")
        lines.append("goal = \(quoted(cond(c.goal)))")
        if !c.params.isEmpty {
            lines.append("")
            lines.append("[params]")
            for p in c.params { lines.append("\(p.name) = \(quoted(domain(p.domain)))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
