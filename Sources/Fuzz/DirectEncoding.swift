import Symbolic

/// The direct encoding of an instantiated claim as SMT-LIB2 text: no reductions, piecewise
/// operators as `ite`, sqrt and fractional powers as fresh variables with guarded
/// definitions, division as SMT `/` under explicit definedness, and sign under
/// `--subgradient any` as a fresh s per distinct argument with t > 0 ⇒ s = 1,
/// t < 0 ⇒ s = −1, −1 ≤ s ≤ 1.
struct DirectEncoding {
    let subgradientAny: Bool
    private(set) var declarations: [String] = []
    private(set) var facts: [String] = []
    private var fresh: [String: String] = [:]

    init(subgradientAny: Bool) { self.subgradientAny = subgradientAny }

    static func symbol(_ name: String) -> String { "|" + name + "|" }

    static func number(_ r: Rational) -> String {
        let p = r.magnitude.numerator.description + ".0"
        let body = r.isInteger ? p : "(/ \(p) \(r.denominator.description).0)"
        return r.signum < 0 ? "(- \(body))" : body
    }

    static func and(_ xs: [String]) -> String {
        let ys = xs.filter { $0 != "true" }
        if ys.isEmpty { return "true" }
        return ys.count == 1 ? ys[0] : "(and \(ys.joined(separator: " ")))"
    }

    static func implies(_ p: String, _ q: String) -> String { q == "true" ? "true" : "(=> \(p) \(q))" }

    static func product(_ t: String, _ k: Int) -> String {
        k == 1 ? t : "(* \(Array(repeating: t, count: k).joined(separator: " ")))"
    }

    private mutating func freshVariable(_ key: String, _ prefix: String, _ fact: (String) -> String) -> String {
        if let v = fresh[key] { return v }
        let v = Self.symbol("fz!\(prefix)!\(fresh.count + 1)")
        fresh[key] = v
        declarations.append("(declare-const \(v) Real)")
        facts.append(fact(v))
        return v
    }

    /// The term and its definedness condition.
    mutating func term(_ e: FExpr) -> (value: String, defined: String) {
        switch e {
        case .num(let r): return (Self.number(r), "true")
        case .name, .coord: return (Self.symbol(Render.expr(e)), "true")
        case .neg(let a):
            let x = term(a)
            return ("(- \(x.value))", x.defined)
        case .add(let a, let b): return binary("+", a, b)
        case .sub(let a, let b): return binary("-", a, b)
        case .mul(let a, let b): return binary("*", a, b)
        case .div(let a, let b):
            let x = term(a), y = term(b)
            return ("(/ \(x.value) \(y.value))", Self.and([x.defined, y.defined, "(not (= \(y.value) 0.0))"]))
        case .pow(let a, let k):
            let x = term(a)
            if let n = k.intValue {
                if n == 0 { return ("1.0", x.defined) }
                if n > 0 { return (Self.product(x.value, n), x.defined) }
                return ("(/ 1.0 \(Self.product(x.value, -n)))", Self.and([x.defined, "(not (= \(x.value) 0.0))"]))
            }
            let p = Int(k.numerator.description)!, q = Int(k.denominator.description)!
            let guardText = p > 0 ? "(>= \(x.value) 0.0)" : "(> \(x.value) 0.0)"
            let r = freshVariable("pow \(k) \(x.value)", "pow") { r in
                p > 0
                    ? "(=> \(guardText) (and (>= \(r) 0.0) (= \(Self.product(r, q)) \(Self.product(x.value, p)))))"
                    : "(=> \(guardText) (and (> \(r) 0.0) (= (* \(Self.product(r, q)) \(Self.product(x.value, -p))) 1.0)))"
            }
            return (r, Self.and([x.defined, guardText]))
        case .sqrt(let a):
            let x = term(a)
            let guardText = "(>= \(x.value) 0.0)"
            let r = freshVariable("sqrt \(x.value)", "sqrt") { r in
                "(=> \(guardText) (and (>= \(r) 0.0) (= (* \(r) \(r)) \(x.value))))"
            }
            return (r, Self.and([x.defined, guardText]))
        case .sign(let a):
            let x = term(a)
            if subgradientAny {
                let s = freshVariable("sign \(Evaluator.signKey(a))", "sign") { s in
                    "(and (=> (> \(x.value) 0.0) (= \(s) 1.0)) (=> (< \(x.value) 0.0) (= \(s) (- 1.0))) (<= (- 1.0) \(s)) (<= \(s) 1.0))"
                }
                return (s, x.defined)
            }
            return ("(ite (> \(x.value) 0.0) 1.0 (ite (< \(x.value) 0.0) (- 1.0) 0.0))", x.defined)
        case .abs(let a):
            let x = term(a)
            return ("(ite (>= \(x.value) 0.0) \(x.value) (- \(x.value)))", x.defined)
        case .relu(let a):
            let x = term(a)
            return ("(ite (> \(x.value) 0.0) \(x.value) 0.0)", x.defined)
        case .max(let xs), .min(let xs):
            let ts = xs.map { term($0) }
            let op = if case .max = e { ">=" } else { "<=" }
            var acc = ts[0].value
            for t in ts.dropFirst() { acc = "(ite (\(op) \(acc) \(t.value)) \(acc) \(t.value))" }
            return (acc, Self.and(ts.map(\.defined)))
        case .clip(let a, let lo, let hi):
            let x = term(a), l = term(lo), h = term(hi)
            return (
                "(ite (< \(x.value) \(l.value)) \(l.value) (ite (> \(x.value) \(h.value)) \(h.value) \(x.value)))",
                Self.and([x.defined, l.defined, h.defined, "(<= \(l.value) \(h.value))"])
            )
        case .ite(let c, let a, let b):
            let p = condition(c), x = term(a), y = term(b)
            return (
                "(ite \(p.value) \(x.value) \(y.value))",
                Self.and([p.defined, Self.implies(p.value, x.defined), Self.implies("(not \(p.value))", y.defined)])
            )
        case .sum, .dot, .norm1, .norm2, .normInf:
            preconditionFailure("reductions are expanded before the direct encoding")
        }
    }

    private mutating func binary(_ op: String, _ a: FExpr, _ b: FExpr) -> (value: String, defined: String) {
        let x = term(a), y = term(b)
        return ("(\(op) \(x.value) \(y.value))", Self.and([x.defined, y.defined]))
    }

    mutating func condition(_ c: FCond) -> (value: String, defined: String) {
        switch c {
        case .cmp(let op, let a, let b):
            let x = term(a), y = term(b)
            let v: String
            switch op {
            case .le: v = "(<= \(x.value) \(y.value))"
            case .lt: v = "(< \(x.value) \(y.value))"
            case .ge: v = "(>= \(x.value) \(y.value))"
            case .gt: v = "(> \(x.value) \(y.value))"
            case .eq: v = "(= \(x.value) \(y.value))"
            case .ne: v = "(not (= \(x.value) \(y.value)))"
            }
            return (v, Self.and([x.defined, y.defined]))
        case .and(let p, let q):
            let x = condition(p), y = condition(q)
            return ("(and \(x.value) \(y.value))", Self.and([x.defined, y.defined]))
        case .or(let p, let q):
            let x = condition(p), y = condition(q)
            return ("(or \(x.value) \(y.value))", Self.and([x.defined, y.defined]))
        case .not(let p):
            let x = condition(p)
            return ("(not \(x.value))", x.defined)
        case .implies(let p, let q):
            let x = condition(p), y = condition(q)
            return ("(=> \(x.value) \(y.value))", Self.and([x.defined, Self.implies(x.value, y.defined)]))
        }
    }

    static func domain(_ p: FParam) -> [String] {
        let v = symbol(p.name)
        var out: [String] = []
        if let l = p.domain.lower { out.append("(\(p.domain.lowerClosed ? "<=" : "<") \(number(l)) \(v))") }
        if let u = p.domain.upper { out.append("(\(p.domain.upperClosed ? "<=" : "<") \(v) \(number(u)))") }
        return out
    }
}

/// The queries of one instantiated claim.
struct DirectQueries: Sendable {
    /// ∀: domains ∧ Def ∧ hypotheses ∧ ¬goal (sat: a real counterexample).
    /// ∃: domains ∧ Def ∧ hypotheses ∧ goal (sat: a witness).
    let main: String
    /// ∀ only: domains ∧ ¬Def(claim) (sat: undefined somewhere); nil when no term is partial.
    let undefinedness: String?

    /// `point`: extra equalities fixing some unknowns (a counterexample's values).
    init(_ c: ScalarClaim, kind: FKind, subgradientAny: Bool, point: [String: Rational] = [:]) {
        var enc = DirectEncoding(subgradientAny: subgradientAny)
        let hyps = c.hypotheses.map { enc.condition($0) }
        let goal = enc.condition(c.goal)
        var head = c.parameters.map { "(declare-const \(DirectEncoding.symbol($0.name)) Real)" }
        head += c.unknowns.map { "(declare-const \(DirectEncoding.symbol($0)) Real)" }
        head += enc.declarations
        var base = enc.facts + c.parameters.flatMap(DirectEncoding.domain)
        for (k, v) in point.sorted(by: { $0.key < $1.key }) {
            base.append("(= \(DirectEncoding.symbol(k)) \(DirectEncoding.number(v)))")
        }
        let hypsDefined = DirectEncoding.and(hyps.map(\.defined))
        let allDefined = DirectEncoding.and([hypsDefined, goal.defined])
        let hypsTrue = DirectEncoding.and(hyps.map(\.value))
        let target = kind == .forall ? "(not \(goal.value))" : goal.value
        func script(_ assertions: [String]) -> String {
            (head + assertions.filter { $0 != "true" }.map { "(assert \($0))" }).joined(separator: "\n") + "\n"
        }
        main = script(base + [allDefined, hypsTrue, target])
        if kind == .forall && allDefined != "true" {
            let undefined = "(or (not \(hypsDefined)) \(DirectEncoding.and([hypsDefined, hypsTrue, "(not \(goal.defined))"])))"
            undefinedness = script(base + [undefined])
        } else {
            undefinedness = nil
        }
    }
}
