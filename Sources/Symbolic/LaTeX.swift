// The LaTeX printer: Greek names, \frac, \operatorname{sign}, \lVert x\rVert_1, \sum_i,
// \langle a, b\rangle. Same iterative driver as the text printer.

struct LaTeXStyle: PrinterStyle {
    var open: String { "\\left(" }
    var close: String { "\\right)" }

    static let greek: [String: String] = {
        var g: [String: String] = [:]
        for name in [
            "alpha", "beta", "gamma", "delta", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
            "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
            "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
        ] {
            g[name] = "\\" + name
        }
        g["epsilon"] = "\\varepsilon"
        g["eps"] = "\\varepsilon"
        g["lam"] = "\\lambda"
        g["vartheta"] = "\\vartheta"
        g["varphi"] = "\\varphi"
        return g
    }()

    /// beta1 → \beta_1, lam → \lambda, eps → \varepsilon, x_t → x_{t}, lr → \mathrm{lr}.
    static func name(_ raw: String, subscripts extra: [String] = []) -> String {
        var base = raw
        var subs: [String] = []
        if let underscore = raw.firstIndex(of: "_"), underscore != raw.startIndex {
            base = String(raw[raw.startIndex..<underscore])
            let rest = raw[raw.index(after: underscore)...]
            if !rest.isEmpty { subs.append(greek[String(rest)] ?? String(rest)) }
        } else if let firstDigit = raw.firstIndex(where: \.isNumber), firstDigit != raw.startIndex,
            raw[firstDigit...].allSatisfy(\.isNumber)
        {
            base = String(raw[raw.startIndex..<firstDigit])
            subs.append(String(raw[firstDigit...]))
        }
        let head: String
        if let g = greek[base] {
            head = g
        } else if base.count == 1 {
            head = base
        } else {
            head = "\\mathrm{" + base.map { $0 == "_" ? "\\_" : String($0) }.joined() + "}"
        }
        subs += extra
        if subs.isEmpty { return head }
        let sub = subs.joined(separator: ",")
        return sub.count == 1 ? "\(head)_\(sub)" : "\(head)_{\(sub)}"
    }

    static func rational(_ r: Rational) -> (Int, String) {
        let m = r.magnitude
        let body = m.isInteger ? m.description : "\\frac{\(m.numerator)}{\(m.denominator)}"
        if r.signum < 0 { return (Precedence.unary, "-" + body) }
        return (m.isInteger ? Precedence.atom : Precedence.power, body)
    }

    func call(_ name: String, _ args: [Node], indexed: Bool) -> Layout {
        var pieces: [Piece] = [.text(name + "(")]
        for (i, a) in args.enumerated() {
            if i > 0 { pieces.append(.text(", ")) }
            pieces.append(.child(a, 0, indexed: indexed))
        }
        pieces.append(.text(")"))
        return Layout(Precedence.atom, pieces)
    }

    /// Operands in reading order: an equation reads "x == 0", not "0 == x" (it is symmetric).
    static func operands(_ n: Node) -> [Node] {
        if case .eq = n.op, n.args.count == 2, n.args[0].isConstant, !n.args[1].isConstant { return n.args.reversed() }
        return n.args
    }

    func infix(_ n: Node, _ symbol: String, _ precedence: Int, _ operandMin: Int, indexed: Bool) -> Layout {
        var pieces: [Piece] = []
        for (i, a) in Self.operands(n).enumerated() {
            if i > 0 { pieces.append(.text(symbol)) }
            pieces.append(.child(a, operandMin, indexed: indexed))
        }
        return Layout(precedence, pieces)
    }

    func norm(_ v: Node, _ subscriptText: String) -> Layout {
        Layout(Precedence.atom, [.text("\\lVert "), .child(v, 0), .text("\\rVert_" + subscriptText)])
    }

    func layout(_ n: Node, negated: Bool, indexed: Bool) -> Layout {
        switch n.op {
        case .constant(let r):
            let (p, text) = Self.rational(negated ? -r : r)
            return Layout(p, [.text(text)])
        case .symbol(let s):
            var extra: [String] = []
            if let i = s.index { extra.append(String(i)) }
            if indexed && s.isVector { extra.append("i") }
            return Layout(Precedence.atom, [.text(Self.name(s.name, subscripts: extra))])
        case .boolean(let b):
            return Layout(Precedence.atom, [.text(b ? "\\mathrm{true}" : "\\mathrm{false}")])
        case .add:
            var pieces: [Piece] = []
            for (i, t) in PrintOrder.terms(n).enumerated() {
                if i == 0 {
                    pieces.append(.child(t, Precedence.multiplicative, indexed: indexed))
                } else if PrintOrder.isNegative(t) {
                    pieces.append(.text(" - "))
                    pieces.append(.node(t, min: Precedence.multiplicative, negated: true, indexed: indexed))
                } else {
                    pieces.append(.text(" + "))
                    pieces.append(.child(t, Precedence.multiplicative, indexed: indexed))
                }
            }
            return Layout(Precedence.additive, pieces)
        case .mul:
            return product(n, negated: negated, indexed: indexed)
        case .power(let e):
            if e.isInteger && e.signum < 0 { return product(n, negated: false, indexed: indexed) }
            return Layout(
                Precedence.power,
                [.child(n.args[0], Precedence.atom, indexed: indexed), .text("^{" + Self.rational(e).1 + "}")])
        case .sign: return call("\\operatorname{sign}", n.args, indexed: indexed)
        case .relu: return call("\\operatorname{relu}", n.args, indexed: indexed)
        case .clip: return call("\\operatorname{clip}", n.args, indexed: indexed)
        case .max: return call("\\max", n.args, indexed: indexed)
        case .min: return call("\\min", n.args, indexed: indexed)
        case .exp: return call("\\exp", n.args, indexed: indexed)
        case .log: return call("\\log", n.args, indexed: indexed)
        case .abs:
            return Layout(Precedence.atom, [.text("\\lvert "), .child(n.args[0], 0, indexed: indexed), .text("\\rvert")])
        case .sqrt:
            return Layout(Precedence.atom, [.text("\\sqrt{"), .child(n.args[0], 0, indexed: indexed), .text("}")])
        case .ite:
            return Layout(
                Precedence.atom,
                [
                    .text("\\begin{cases} "), .child(n.args[1], 0, indexed: indexed), .text(" & \\text{if } "),
                    .child(n.args[0], 0, indexed: indexed), .text(" \\\\ "), .child(n.args[2], 0, indexed: indexed),
                    .text(" & \\text{otherwise} \\end{cases}"),
                ])
        case .sum:
            // Inside Σᵢ, vector symbols carry the index i.
            return Layout(Precedence.multiplicative, [.text("\\sum_i "), .child(n.args[0], Precedence.multiplicative, indexed: true)])
        case .norm1: return norm(n.args[0], "1")
        case .norm2: return norm(n.args[0], "2")
        case .normInf: return norm(n.args[0], "\\infty")
        case .normP(let p): return norm(n.args[0], "{" + Self.rational(p).1 + "}")
        case .dot:
            return Layout(Precedence.atom, [.text("\\langle "), .child(n.args[0], 0), .text(", "), .child(n.args[1], 0), .text("\\rangle")])
        case .le: return infix(n, " \\le ", Precedence.comparison, Precedence.additive, indexed: indexed)
        case .lt: return infix(n, " < ", Precedence.comparison, Precedence.additive, indexed: indexed)
        case .eq: return infix(n, " = ", Precedence.comparison, Precedence.additive, indexed: indexed)
        case .not:
            let a = n.args[0]
            if case .eq = a.op { return infix(a, " \\ne ", Precedence.comparison, Precedence.additive, indexed: indexed) }
            return Layout(Precedence.not, [.text("\\neg "), .child(a, Precedence.atom, indexed: indexed)])
        case .and: return infix(n, " \\wedge ", Precedence.and, Precedence.not, indexed: indexed)
        case .or: return infix(n, " \\vee ", Precedence.or, Precedence.not, indexed: indexed)
        case .implies:
            return Layout(
                Precedence.implies,
                [
                    .child(n.args[0], Precedence.or, indexed: indexed), .text(" \\Rightarrow "),
                    .child(n.args[1], Precedence.implies, indexed: indexed),
                ])
        }
    }

    /// A product: juxtaposed factors, a \frac when there is a denominator.
    func product(_ n: Node, negated: Bool, indexed: Bool) -> Layout {
        let p = PrintOrder.product(n, negated: negated)
        let c = p.coefficient
        if c == .one && p.numerators.count == 1 && p.denominators.isEmpty {
            return layout(p.numerators[0], negated: false, indexed: indexed)
        }
        let negative = c.signum < 0
        let hasFraction = !p.denominators.isEmpty
        func factors(_ items: [(Node, Rational)], lone: Bool) -> [Piece] {
            var out: [Piece] = []
            for (i, (f, k)) in items.enumerated() {
                if i > 0 {
                    // Juxtaposition, with \cdot before a factor that starts with a digit.
                    let digit = f.isConstant || (f.op.isPower && f.args[0].isConstant)
                    out.append(.text(digit && k == .one ? " \\cdot " : " "))
                }
                let minimum = lone ? 0 : Precedence.unary
                if k == .one {
                    out.append(.child(f, minimum, indexed: indexed))
                } else {
                    out.append(.child(f, Precedence.atom, indexed: indexed))
                    out.append(.text("^{\(k)}"))
                }
            }
            return out
        }
        var pieces: [Piece] = []
        if negative { pieces.append(.text("-")) }
        let magnitude = c.magnitude
        if hasFraction {
            var num: [Piece] = []
            if magnitude.numerator != 1 { num.append(.text(magnitude.numerator.description)) }
            let numItems = p.numerators.map { ($0, Rational.one) }
            if !num.isEmpty && !numItems.isEmpty { num.append(.text(" ")) }
            num += factors(numItems, lone: numItems.count == 1 && num.isEmpty)
            if num.isEmpty { num = [.text("1")] }
            var den: [Piece] = []
            if magnitude.denominator != 1 { den.append(.text(magnitude.denominator.description)) }
            let denItems = p.denominators.map { ($0.base, $0.exponent) }
            if !den.isEmpty && !denItems.isEmpty { den.append(.text(" ")) }
            den += factors(denItems, lone: denItems.count == 1 && den.isEmpty)
            pieces.append(.text("\\frac{"))
            pieces += num
            pieces.append(.text("}{"))
            pieces += den
            pieces.append(.text("}"))
            return Layout(negative ? Precedence.unary : Precedence.multiplicative, pieces)
        }
        let numItems = p.numerators.map { ($0, Rational.one) }
        if magnitude.numerator == 1 && magnitude.denominator != 1 && !numItems.isEmpty {
            // ε/2 as \frac{\varepsilon}{2}.
            pieces.append(.text("\\frac{"))
            pieces += factors(numItems, lone: numItems.count == 1)
            pieces.append(.text("}{\(magnitude.denominator)}"))
            return Layout(negative ? Precedence.unary : Precedence.multiplicative, pieces)
        }
        if magnitude != .one {
            pieces.append(.text(Self.rational(magnitude).1))
            pieces.append(.text(" "))
        }
        pieces += factors(numItems, lone: false)
        return Layout(Precedence.multiplicative, pieces)
    }
}

extension Op {
    var isPower: Bool { if case .power = self { true } else { false } }
}

extension Node {
    /// The node as LaTeX math (no surrounding $…$): β₁ as \beta_1, fractions as \frac,
    /// ‖·‖₁ as \lVert x\rVert_1, Σᵢ with indexed vectors, ⟨a, b⟩.
    public var latex: String { LaTeXStyle().render(self) }
}

extension Expr {
    /// The expression as LaTeX math (see `Node.latex`).
    public var latex: String { node.latex }
}

extension Constraint {
    /// The condition as LaTeX math (see `Node.latex`).
    public var latex: String { node.latex }
}
