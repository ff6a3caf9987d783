import Testing
import Symbolic

@Suite struct RationalTests {
    @Test func parsesExactly() {
        #expect(Rational("0.99") == Rational(99, 100))
        #expect(Rational("1e-3") == Rational(1, 1000))
        #expect(Rational("-7/2") == Rational(-7, 2))
        #expect(Rational("2.5E+4") == Rational(25_000))
        #expect(Rational("+1/3") == Rational(1, 3))
        #expect(Rational(" 6/4 ") == Rational(3, 2))
        #expect(Rational(".5") == Rational(1, 2))
        #expect(Rational("0.1")! + Rational("0.2")! == Rational("0.3"))  // no floating point
    }

    @Test func rejectsMalformed() {
        for text in ["1/0", "abc", "1e", "--1", "", "1.2.3", "1/", "/2", "e5", "1e99999999999", "0x10", "1 2"] {
            #expect(Rational(text) == nil, "\(text)")
        }
    }

    @Test func arithmetic() {
        let a = Rational(3, 4), b = Rational(-5, 6)
        #expect(a + b == Rational(-1, 12))
        #expect(a - b == Rational(19, 12))
        #expect(a * b == Rational(-5, 8))
        #expect(a / b == Rational(-9, 10))
        #expect(b.magnitude == Rational(5, 6) && b.signum == -1 && Rational.zero.signum == 0)
        #expect(Rational(4, 9).exactRoot(2) == Rational(2, 3))
        #expect(Rational(2).exactRoot(2) == nil)
        #expect(Rational(-8, 27).exactRoot(3) == Rational(-2, 3))
        #expect(Rational(2, 3).power(-2) == Rational(9, 4))
        #expect(Rational.zero.power(-1) == nil)
        #expect(Rational.zero.divided(by: .zero) == nil)
        #expect(Rational(-7, 2).floor == -4)
        #expect(Rational(1, 3) < Rational(1, 2))
        #expect(Rational(exactly: 0.375) == Rational(3, 8))
        #expect(Rational(6, -4) == Rational(-3, 2) && Rational(6, -4).denominator == 2)
        // Big integers never overflow.
        let big = Rational("123456789012345678901234567890")!
        #expect((big * big).description == "15241578753238836750495351562536198787501905199875019052100")
        #expect(Rational(1, 3).decimal(digits: 4) == "0.3333")
    }
}

@Suite struct InterningTests {
    @Test func equalStructuresAreIdenticalObjects() throws {
        let x = Expr.scalar("x"), y = Expr.scalar("y")
        let e1 = (x + y) * (x - y) / 2
        let e2 = (y + x) * (x + -y) * Expr(1, 2)
        #expect(e1.node === e2.node)
        #expect(try Parser.expression("(x + y)*(x - y)/2", symbols: [.scalar("x"), .scalar("y")]).node === e1.node)
        #expect(Set([e1, e2]).count == 1)
        #expect((x .<= y).node === (y .>= x).node)
    }

    /// A 250 000-deep chain (500 000 nodes, far beyond any thread's stack for a recursive
    /// walk) is built, hashed, measured and evaluated without recursion (no stack overflow,
    /// no deep deinit: nodes are interned for the process).
    @Test func deepChainWithoutRecursion() throws {
        let depth = 250_000
        let x = Expr.scalar("x"), one = Expr(1)
        var e = x
        for _ in 0..<depth { e = abs(e + one) }
        #expect(e.node.height == 2 * depth)
        #expect(e.node.dagSize == 2 * depth + 2)
        // Hashing is by identity; rebuilding the top finds the same interned node.
        #expect(Set([e, Expr(e.node), abs(Expr(e.node.args[0]))]).count == 1)
        let value = try e.evaluateScalar([Symbol.scalar("x"): .scalar(Double(-3))])
        #expect(value == Double(depth + 1))  // abs(-3 + 1) = 2, then +1 per level
    }

    @Test func deepChainsSubstitutePrintParseAndDifferentiate() throws {
        let depth = 20_000
        let x = Expr.scalar("x"), one = Expr(1)
        var e = x
        for _ in 0..<depth { e = relu(e + one) }
        let y = e.substituting([.scalar("x"): Expr.scalar("y")])
        #expect(y.node.height == e.node.height)
        #expect(try y.evaluateScalar([Symbol.scalar("y"): .scalar(Rational(-5))]) == Rational(depth - 1))  // relu(-5 + 1) = 0, then +1 per level
        let text = e.description
        #expect(text.hasPrefix("relu(relu(relu("))
        let options = ParseOptions(maxInputBytes: Int.max, maxDepth: Int.max)
        #expect(try Parser.expression(text, symbols: [.scalar("x")], options: options) == e)
        // d/dx of the relu chain: nested ite's, linear in the depth.
        let d = try e.derivative(withRespectTo: .scalar("x")).expr
        #expect(try d.evaluateScalar([Symbol.scalar("x"): .scalar(Rational(2))]) == 1)
        #expect(try d.evaluateScalar([Symbol.scalar("x"): .scalar(Rational(-2))]) == 0)
        _ = e.latex.count
    }
}
