import BigInt

// The plain-text printer: the parser's own syntax, minimal parentheses, deterministic.
//
// Both printers (text and LaTeX) share one iterative driver: a node is laid out as a
// precedence and a list of pieces (text or child nodes with the precedence they need);
// the driver expands pieces with an explicit stack, so printing never recurses.

/// One piece of a node's layout.
enum Piece {
    case text(String)
    /// A child, parenthesised if its precedence is below `min`. `negated` prints a
    /// negative term of a sum without its sign (after " - "); `indexed` prints vector
    /// symbols with the subscript i (LaTeX, inside Σᵢ).
    case node(Node, min: Int, negated: Bool, indexed: Bool)

    static func child(_ n: Node, _ min: Int, indexed: Bool = false) -> Piece {
        .node(n, min: min, negated: false, indexed: indexed)
    }
}

/// A node's layout: its precedence (higher binds tighter) and its pieces.
struct Layout {
    var precedence: Int
    var pieces: [Piece]

    init(_ precedence: Int, _ pieces: [Piece]) {
        self.precedence = precedence
        self.pieces = pieces
    }
}

/// Precedence levels shared by the printers and the parser.
enum Precedence {
    static let implies = 1
    static let or = 2
    static let and = 3
    static let not = 4
    static let comparison = 5
    static let additive = 6
    static let multiplicative = 7
    static let unary = 8
    static let power = 9
    static let atom = 10
}

protocol PrinterStyle {
    var open: String { get }
    var close: String { get }
    func layout(_ n: Node, negated: Bool, indexed: Bool) -> Layout
}

extension PrinterStyle {
    func render(_ root: Node) -> String {
        var out = ""
        var stack: [Piece] = [.child(root, 0)]
        while let p = stack.popLast() {
            switch p {
            case .text(let s):
                out += s
            case .node(let n, let minimum, let negated, let indexed):
                let l = layout(n, negated: negated, indexed: indexed)
                if l.precedence < minimum {
                    stack.append(.text(close))
                    stack.append(contentsOf: l.pieces.reversed())
                    stack.append(.text(open))
                } else {
                    stack.append(contentsOf: l.pieces.reversed())
                }
            }
        }
        return out
    }
}

// MARK: - Shared decisions about sums and products

enum PrintOrder {
    /// True for a term printed with a leading minus: a negative constant or a product
    /// with a negative coefficient.
    static func isNegative(_ t: Node) -> Bool {
        if let c = t.constantValue { return c.signum < 0 }
        if case .mul = t.op, let c = t.args.first?.constantValue { return c.signum < 0 }
        return false
    }

    /// The terms of a sum in reading order: canonical order with the constant last, and a
    /// positive term first when there is one ("y - x", not "-x + y").
    static func terms(_ n: Node) -> [Node] {
        var ts = n.args
        if let first = ts.first, first.isConstant, ts.count > 1 {
            ts.removeFirst()
            ts.append(first)
        }
        if let first = ts.first, isNegative(first), let j = ts.firstIndex(where: { !isNegative($0) }) {
            let t = ts.remove(at: j)
            ts.insert(t, at: 0)
        }
        return ts
    }

    /// A product split for printing: coefficient, numerator factors (scalars before
    /// vectors), and denominator factors with their positive integer exponents.
    struct Product {
        var coefficient: Rational
        var numerators: [Node]
        var denominators: [(base: Node, exponent: Rational)]
    }

    static func product(_ n: Node, negated: Bool) -> Product {
        var coefficient = Rational.one
        var factors = n.args
        if case .mul = n.op {
            if let c = factors.first?.constantValue {
                coefficient = c
                factors.removeFirst()
            }
        } else {
            factors = [n]
        }
        if negated { coefficient = -coefficient }
        var nums: [Node] = []
        var dens: [(base: Node, exponent: Rational)] = []
        for f in factors {
            if case .power(let e) = f.op, e.isInteger, e.signum < 0 {
                dens.append((f.args[0], -e))
            } else {
                nums.append(f)
            }
        }
        dens.sort { Node.canonicalLess($0.base, $1.base) }
        let scalars = nums.filter { !$0.sort.isVector }
        let vectors = nums.filter { $0.sort.isVector }
        return Product(coefficient: coefficient, numerators: scalars + vectors, denominators: dens)
    }
}

// MARK: - Text

struct TextStyle: PrinterStyle {
    var open: String { "(" }
    var close: String { ")" }

    func call(_ name: String, _ args: [Node], extra: [String] = []) -> Layout {
        var pieces: [Piece] = [.text(name + "(")]
        for (i, a) in args.enumerated() {
            if i > 0 { pieces.append(.text(", ")) }
            pieces.append(.child(a, 0))
        }
        for e in extra { pieces.append(.text(", " + e)) }
        pieces.append(.text(")"))
        return Layout(Precedence.atom, pieces)
    }

    static func constant(_ r: Rational) -> Layout {
        let magnitude = r.magnitude.description
        if r.signum < 0 {
            return Layout(r.isInteger ? Precedence.unary : Precedence.multiplicative, [.text("-" + magnitude)])
        }
        return Layout(r.isInteger ? Precedence.atom : Precedence.multiplicative, [.text(magnitude)])
    }

    static func exponent(_ e: Rational) -> String {
        e.isInteger && e.signum >= 0 ? e.description : "(\(e))"
    }

    /// Operands in reading order: an equation reads "x == 0", not "0 == x" (it is symmetric).
    static func operands(_ n: Node) -> [Node] {
        if case .eq = n.op, n.args.count == 2, n.args[0].isConstant, !n.args[1].isConstant { return n.args.reversed() }
        return n.args
    }

    func infix(_ n: Node, _ symbol: String, _ precedence: Int, _ operandMin: Int) -> Layout {
        var pieces: [Piece] = []
        for (i, a) in Self.operands(n).enumerated() {
            if i > 0 { pieces.append(.text(symbol)) }
            pieces.append(.child(a, operandMin))
        }
        return Layout(precedence, pieces)
    }

    func layout(_ n: Node, negated: Bool, indexed: Bool) -> Layout {
        switch n.op {
        case .constant(let r): return Self.constant(negated ? -r : r)
        case .symbol(let s): return Layout(Precedence.atom, [.text(s.description)])
        case .boolean(let b): return Layout(Precedence.atom, [.text(b ? "true" : "false")])
        case .add:
            var pieces: [Piece] = []
            for (i, t) in PrintOrder.terms(n).enumerated() {
                if i == 0 {
                    pieces.append(.child(t, Precedence.multiplicative))
                } else if PrintOrder.isNegative(t) {
                    pieces.append(.text(" - "))
                    pieces.append(.node(t, min: Precedence.multiplicative, negated: true, indexed: false))
                } else {
                    pieces.append(.text(" + "))
                    pieces.append(.child(t, Precedence.multiplicative))
                }
            }
            return Layout(Precedence.additive, pieces)
        case .mul:
            return product(n, negated: negated)
        case .power(let e):
            if e.isInteger && e.signum < 0 { return product(n, negated: false) }
            return Layout(Precedence.power, [.child(n.args[0], Precedence.atom), .text("^" + Self.exponent(e))])
        case .sign, .abs, .relu, .sqrt, .exp, .log, .sum, .norm1, .norm2, .normInf, .max, .min, .clip, .ite, .dot:
            return call(n.op.name, n.args)
        case .normP(let p):
            return call("norm", n.args, extra: [p.description])
        case .le: return infix(n, " <= ", Precedence.comparison, Precedence.additive)
        case .lt: return infix(n, " < ", Precedence.comparison, Precedence.additive)
        case .eq: return infix(n, " == ", Precedence.comparison, Precedence.additive)
        case .not:
            let a = n.args[0]
            if case .eq = a.op { return infix(a, " != ", Precedence.comparison, Precedence.additive) }
            return Layout(Precedence.not, [.text("not "), .child(a, Precedence.atom)])
        case .and: return infix(n, " and ", Precedence.and, Precedence.not)
        case .or: return infix(n, " or ", Precedence.or, Precedence.not)
        case .implies:
            return Layout(
                Precedence.implies,
                [.child(n.args[0], Precedence.or), .text(" => "), .child(n.args[1], Precedence.implies)])
        }
    }

    func product(_ n: Node, negated: Bool) -> Layout {
        let p = PrintOrder.product(n, negated: negated)
        let c = p.coefficient
        if c == .one && p.numerators.count == 1 && p.denominators.isEmpty {
            return layout(p.numerators[0], negated: false, indexed: false)
        }
        let negative = c.signum < 0
        var numCoef = c.numerator.magnitude.description
        var denCoef = c.denominator.description
        var prefix = ""
        // A denominator "5*(b + c)" would parse as 5*b + 5*c: keep the constant in front then.
        let loneSumDenominator =
            p.denominators.count == 1 && p.denominators[0].exponent == .one && p.denominators[0].base.op == .add
        if c.denominator != 1 && loneSumDenominator {
            prefix = "\(numCoef)/\(denCoef)"
            numCoef = "1"
            denCoef = "1"
        } else if c.denominator != 1 && p.denominators.isEmpty && numCoef != "1" && !p.numerators.isEmpty {
            prefix = "\(numCoef)/\(denCoef)"
            numCoef = "1"
            denCoef = "1"
        } else if numCoef != "1" {
            prefix = numCoef
            numCoef = "1"
        }
        var nums = p.numerators
        var denItems: [[Piece]] = []
        if denCoef != "1" { denItems.append([.text(denCoef)]) }
        for (b, k) in p.denominators {
            denItems.append(k == .one ? [.child(b, Precedence.power)] : [.child(b, Precedence.atom), .text("^\(k)")])
        }
        // The parser multiplies left to right, and Build distributes a constant over a lone
        // sum, so a leading coefficient or sign must not meet a sum first: reorder, or group.
        var wrapNumerators = false
        var denominatorsFirst = false
        if negative || !prefix.isEmpty, let first = nums.first, case .add = first.op {
            if let j = nums.firstIndex(where: { if case .add = $0.op { false } else { true } }) {
                nums.insert(nums.remove(at: j), at: 0)
            } else if nums.count >= 2 {
                wrapNumerators = true
            } else {
                denominatorsFirst = true
            }
        }
        var numItems: [[Piece]] = []
        if !prefix.isEmpty { numItems.append([.text(prefix)]) }
        var inner: [Piece] = []
        for (i, f) in nums.enumerated() {
            if i > 0 { inner.append(.text("*")) }
            inner.append(.child(f, Precedence.unary))
        }
        if wrapNumerators {
            numItems.append([.text("(")] + inner + [.text(")")])
        } else {
            for f in nums { numItems.append([.child(f, Precedence.unary)]) }
        }
        var pieces: [Piece] = []
        if negative { pieces.append(.text("-")) }
        func appendDenominators() {
            pieces.append(.text("/"))
            if denItems.count > 1 { pieces.append(.text("(")) }
            for (i, item) in denItems.enumerated() {
                if i > 0 { pieces.append(.text("*")) }
                pieces.append(contentsOf: item)
            }
            if denItems.count > 1 { pieces.append(.text(")")) }
        }
        if denominatorsFirst {
            // c/(d*D)*S: the constant meets the denominators before the sum.
            pieces.append(.text(prefix.isEmpty ? "1" : prefix))
            appendDenominators()
            for f in nums {
                pieces.append(.text("*"))
                pieces.append(.child(f, Precedence.unary))
            }
            return Layout(Precedence.multiplicative, pieces)
        }
        if numItems.isEmpty { numItems = [[.text("1")]] }
        for (i, item) in numItems.enumerated() {
            if i > 0 { pieces.append(.text("*")) }
            pieces.append(contentsOf: item)
        }
        if !denItems.isEmpty { appendDenominators() }
        let single = numItems.count == 1 && denItems.isEmpty
        return Layout(negative && single ? Precedence.unary : Precedence.multiplicative, pieces)
    }
}

// MARK: - Public API

extension Node: CustomStringConvertible {
    /// The node in the parser's syntax: `x - y`, `a/b`, `(1 - beta1)*g`, `x^2`, `9/10`.
    public var description: String { TextStyle().render(self) }
}

extension Expr: CustomStringConvertible {
    /// The expression in the parser's syntax; `Parser` reads it back to the same node.
    public var description: String { node.description }
}

extension Constraint: CustomStringConvertible {
    /// The condition in the parser's syntax; `Parser` reads it back to the same node.
    public var description: String { node.description }
}
