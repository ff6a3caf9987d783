public import Symbolic

/// lionk's own SMT-LIB2 printer for scalar (instantiated) formulas — independent of Z3's
/// benchmark printer, so the proof bundle's obligations and its unreduced claim do not rest
/// on the lowering they are there to check (docs/proof-logs.md).
///
/// Two readings of the partial and transcendental operators:
/// - `.uninterpreted`: √t, exp, log and b^(p/q) are uninterpreted functions of the real
///   argument, and 1/b is SMT-LIB's `/` (total: a free value at 0). An unsat answer then
///   holds for *every* interpretation of these functions, in particular for the real ones
///   where they are defined: the reading for obligations, which must be first-order facts.
/// - `.exact`: √t and b^(p/q) as `(^ t p/q)`, exp/log as Z3's `exp`/`log` extensions, `/`
///   as SMT-LIB's: the naive query a reviewer may run for comparison (it may time out, and
///   reads a division by 0 as a free value; it carries no verdict).
public enum SMTText {
    public enum Reading: Sendable {
        case uninterpreted
        case exact
    }

    public struct Unprintable: Error, CustomStringConvertible {
        public var description: String
    }

    /// A standalone query: declarations, the assertions, `(check-sat)`. `comment` lines are
    /// written first, each prefixed with "; ".
    public static func query(_ assertions: [Node], reading: Reading, comment: [String] = []) throws(Unprintable) -> String {
        var p = Printer(reading: reading)
        var body: [String] = []
        for a in assertions { body.append("(assert \(try p.term(a)))") }
        var out = comment.map { "; " + $0 }
        out.append("(set-info :smt-lib-version 2.6)")
        for s in p.symbols.sorted() { out.append("(declare-const \(quote(s.description)) Real)") }
        for f in p.functions.sorted() { out.append("(declare-fun \(f) (Real) Real)") }
        out += p.definitions
        out += body
        out.append("(check-sat)")
        return out.joined(separator: "\n") + "\n"
    }

    /// `|name|` unless the name is a plain SMT-LIB symbol.
    static func quote(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.".contains($0)) }
            && !(name.first!.isNumber)
        return plain ? name : "|\(name)|"
    }

    static func numeral(_ r: Rational) -> String {
        let text = r.numerator.description
        let negative = text.hasPrefix("-")
        let n = negative ? String(text.dropFirst()) : text
        let body = r.denominator == 1 ? "\(n).0" : "(/ \(n).0 \(r.denominator.description).0)"
        return negative ? "(- \(body))" : body
    }

    struct Printer {
        let reading: Reading
        var symbols = Set<Symbol>()
        var functions = Set<String>()
        var definitions: [String] = []
        var named: [Int: String] = [:]
        var uses: [Int: Int] = [:]
        var counted = Set<Int>()

        init(reading: Reading) { self.reading = reading }

        /// Shared subterms become `define-fun`s, so a DAG prints in linear size.
        mutating func term(_ root: Node) throws(Unprintable) -> String {
            count(root)
            return try print(root)
        }

        mutating func count(_ root: Node) {
            var stack = [root]
            while let n = stack.popLast() {
                uses[n.id, default: 0] += 1
                if counted.insert(n.id).inserted { stack += n.args }
            }
        }

        mutating func print(_ n: Node) throws(Unprintable) -> String {
            if let name = named[n.id] { return name }
            let text = try render(n)
            if (uses[n.id] ?? 0) > 1, !n.args.isEmpty {
                let name = "%t\(definitions.count + 1)"
                let sort = isBoolean(n) ? "Bool" : "Real"
                definitions.append("(define-fun \(name) () \(sort) \(text))")
                named[n.id] = name
                return name
            }
            return text
        }

        func isBoolean(_ n: Node) -> Bool {
            switch n.op {
            case .boolean, .le, .lt, .eq, .not, .and, .or, .implies: return true
            case .ite: return isBoolean(n.args[1])
            default: return false
            }
        }

        /// A name for a Real term that is written more than once in the text (no blow-up).
        mutating func bind(_ text: String) -> String {
            guard text.contains(" ") else { return text }
            let name = "%t\(definitions.count + 1)"
            definitions.append("(define-fun \(name) () Real \(text))")
            return name
        }

        mutating func render(_ n: Node) throws(Unprintable) -> String {
            var a: [String] = []
            for x in n.args { a.append(try print(x)) }
            switch n.op {
            case .sign, .abs, .relu, .max, .min, .clip: a = a.map { bind($0) }
            default: break
            }
            switch n.op {
            case .constant(let r): return SMTText.numeral(r)
            case .boolean(let b): return b ? "true" : "false"
            case .symbol(let s):
                guard !s.isVector else { throw Unprintable(description: "vector \(s) is not instantiated") }
                symbols.insert(s)
                return SMTText.quote(s.description)
            case .add: return a.count == 1 ? a[0] : "(+ \(a.joined(separator: " ")))"
            case .mul: return a.count == 1 ? a[0] : "(* \(a.joined(separator: " ")))"
            case .power(let e):
                if let k = e.intValue {
                    if k == 0 { return "1.0" }
                    let base = abs(k) == 1 ? a[0] : bind(a[0])
                    let positive = abs(k) == 1 ? base : "(* \(Array(repeating: base, count: abs(k)).joined(separator: " ")))"
                    return k > 0 ? positive : "(/ 1.0 \(positive))"
                }
                switch reading {
                case .exact: return "(^ \(a[0]) \(SMTText.numeral(e)))"
                case .uninterpreted:
                    let name = "%pow_\(String(e.numerator.description.map { $0 == "-" ? "m" : $0 }))_\(e.denominator.description)"
                    functions.insert(name)
                    return "(\(name) \(a[0]))"
                }
            case .sqrt:
                switch reading {
                case .exact: return "(^ \(a[0]) (/ 1.0 2.0))"
                case .uninterpreted:
                    functions.insert("%sqrt")
                    return "(%sqrt \(a[0]))"
                }
            case .exp, .log:
                var name = n.op == .exp ? "exp" : "log"
                if reading == .uninterpreted {
                    name = "%" + name
                    functions.insert(name)
                }
                return "(\(name) \(a[0]))"
            case .sign: return "(ite (> \(a[0]) 0.0) 1.0 (ite (< \(a[0]) 0.0) (- 1.0) 0.0))"
            case .abs: return "(ite (>= \(a[0]) 0.0) \(a[0]) (- \(a[0])))"
            case .relu: return "(ite (> \(a[0]) 0.0) \(a[0]) 0.0)"
            case .max, .min:
                var acc = a[0]
                for t in a.dropFirst() { acc = bind("(ite (\(n.op == .max ? ">=" : "<=") \(acc) \(t)) \(acc) \(t))") }
                return acc
            case .clip:
                let lo = bind("(ite (>= \(a[0]) \(a[1])) \(a[0]) \(a[1]))")
                return "(ite (<= \(lo) \(a[2])) \(lo) \(a[2]))"
            case .ite: return "(ite \(a[0]) \(a[1]) \(a[2]))"
            case .le: return "(<= \(a[0]) \(a[1]))"
            case .lt: return "(< \(a[0]) \(a[1]))"
            case .eq: return "(= \(a[0]) \(a[1]))"
            case .not: return "(not \(a[0]))"
            case .and: return a.isEmpty ? "true" : a.count == 1 ? a[0] : "(and \(a.joined(separator: " ")))"
            case .or: return a.isEmpty ? "false" : a.count == 1 ? a[0] : "(or \(a.joined(separator: " ")))"
            case .implies: return "(=> \(a[0]) \(a[1]))"
            case .sum, .norm1, .norm2, .normInf, .normP, .dot:
                throw Unprintable(description: "\(n.op.name) of a vector must be expanded at a dimension first")
            }
        }
    }
}
