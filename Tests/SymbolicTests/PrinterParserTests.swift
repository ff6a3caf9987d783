import Testing
import Symbolic

@Suite struct PrinterTests {
    let x = Expr.scalar("x"), y = Expr.scalar("y"), a = Expr.scalar("a"), b = Expr.scalar("b")
    let beta1 = Expr.scalar("beta1"), lam = Expr.scalar("lam")
    let g = Expr.vector("g"), m = Expr.vector("m"), v = Expr.vector("x")

    @Test func readableArithmetic() {
        #expect((x - y).description == "x - y")
        #expect((y - x).description == "y - x")
        #expect((a / b).description == "a/b")
        #expect(((1 - beta1) * g).description == "(1 - beta1)*g")
        #expect(x.pow(2).description == "x^2")
        #expect(abs(m).description == "abs(m)")
        #expect(sum(abs(m) - lam * m * v).description == "sum(abs(m) - lam*m*x)")
        #expect((beta1 * m - (1 - beta1) * g).description == "beta1*m - (1 - beta1)*g")
        #expect(Expr(Rational(9, 10)).description == "9/10")
        #expect(Expr(Rational(-7, 2)).description == "-7/2")
        #expect((x - 1).description == "x - 1")
        #expect((-x).description == "-x")
        #expect((x / 2).description == "x/2")
        #expect((Expr(Rational(9, 10)) * m).description == "9/10*m")
        #expect((a / (b * x)).description == "a/(b*x)")
        #expect((1 / x.pow(2)).description == "1/x^2")
        #expect((a / (x + y)).description == "a/(x + y)")
        #expect(x.pow(Rational(3, 2)).description == "x^(3/2)")
        #expect((x + y).pow(2).description == "(x + y)^2")
        #expect(Expr(Symbol.coordinate("x", 2)).description == "x[2]")
        #expect(norm(v, p: Rational(3)).description == "norm(x, 3)")
        #expect(norm(v, p: Rational(1)) == norm1(v))
    }

    @Test func conditions() {
        #expect((x .<= y).description == "x <= y")
        #expect((x .>= y).description == "y <= x")
        #expect((x .!= y).description == "x != y")
        #expect((!(x .<= y)).description == "not (x <= y)")
        #expect(((x .< 0 && y .< 0) || x .== y).description.contains("(") )
        #expect((x .< 0 ==> y .< 0).description == "x < 0 => y < 0")
        #expect(ite(x .> 0, x, -x).description == "ite(0 < x, x, -x)")
    }

    @Test func deterministic() throws {
        let e = sum([x * y, a.pow(3), -b / x, abs(a - b)])
        #expect(e.description == e.description)
        #expect(try Parser.expression(e.description, symbols: [Symbol.scalar("x"), .scalar("y"), .scalar("a"), .scalar("b")]) == e)
    }
}

@Suite struct ParserTests {
    let table: SymbolTable = [
        .scalar("x"), .scalar("y"), .scalar("beta1"), .scalar("lam"), .vector("g"), .vector("m"), .vector("v"), .vector("w", dim: "n"),
    ]

    func parse(_ s: String) throws -> Expr { try Parser.expression(s, symbols: table) }

    @Test func numbersAreExact() throws {
        #expect(try parse("0.99").constantValue == Rational(99, 100))
        #expect(try parse("1e-3").constantValue == Rational(1, 1000))
        #expect(try parse("9/10").constantValue == Rational(9, 10))
        // Division by zero is not a syntax error: it is an expression that evaluates to an error.
        #expect(throws: EvaluationError.divisionByZero) { try parse("1/(x - x)").evaluate([:] as Environment<Rational>) }
        #expect(try parse("-7/2").constantValue == Rational(-7, 2))
        #expect(try parse("2^10").constantValue == Rational(1024))
        #expect(try parse("123456789012345678901234567890 * 10").constantValue == Rational("1234567890123456789012345678900"))
    }

    @Test func precedence() throws {
        let x = Expr.scalar("x"), y = Expr.scalar("y")
        #expect(try parse("-x^2") == -(x.pow(2)))
        #expect(try parse("x^-1") == 1 / x)
        #expect(try parse("2^3^2").constantValue == Rational(512))
        #expect(try parse("x - y - 1") == x - y - 1)
        #expect(try parse("x / y / 2") == x / y / 2)
        #expect(try parse("pow(x, 3)") == x.pow(3))
        #expect(try parse("x^(1/2)") == x.pow(Rational(1, 2)))
        #expect(try Parser.constraint("0 <= x <= y < 1", symbols: table) == (0 .<= x && x .<= y && y .< 1))
        #expect(try Parser.constraint("not x < y and x >= 0 => y > 0", symbols: table) == ((!(x .< y) && x .>= 0) ==> y .> 0))
        #expect(try Parser.constraint("!(x < y) && x != 0 || true", symbols: table) == .true)
    }

    @Test func definitionsAreMacros() throws {
        var t = table
        var defs = try Parser.definitions(
            """
            # Lion's look-ahead
            c = beta1*m - (1 - beta1)*g
            d = sum(abs(c)) +
                lam * dot(c, m)
            ok = 0 <= beta1 and beta1 < 1
            vector[n] z
            scalar q; e = q * z
            """, into: &t)
        #expect(defs.map(\.name) == ["c", "d", "ok", "e"])
        #expect(defs[1].line == 3)
        let c = Expr.scalar("beta1") * Expr.vector("m") - (1 - Expr.scalar("beta1")) * Expr.vector("g")
        #expect(try Parser.expression("c", symbols: t) == c)
        #expect(try Parser.expression("d", symbols: t) == sum(abs(c)) + Expr.scalar("lam") * dot(c, Expr.vector("m")))
        #expect(try Parser.expression("e", symbols: t).sort == .vector(dim: "n"))
        defs = try Parser.definitions("f = 2*c", into: &t)
        #expect(defs[0].value == .expr(2 * c))
        #expect(throws: ParseError.self) { try Parser.definitions("c = 1\nc = 2", into: &t) }
    }

    @Test func autoDeclare() throws {
        let e = try Parser.expression("foo + bar*2", options: ParseOptions(autoDeclareScalars: true))
        #expect(e == Expr.scalar("foo") + Expr.scalar("bar") * 2)
    }

    func error(_ s: String, _ options: ParseOptions = ParseOptions()) -> ParseError? {
        do {
            _ = try Parser.parse(s, symbols: table, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func errorMessages() throws {
        let cases: [(String, String)] = [
            ("x + (y * 2", "line 1, column 11: expected ')' to close '(' at column 5"),
            ("x + y)", "line 1, column 6: unmatched ')'"),
            ("foo(x)", "line 1, column 1: unknown function 'foo'"),
            ("sign(x, y)", "line 1, column 1: sign expects 1 argument, got 2"),
            ("clip(x)", "line 1, column 1: clip expects 3 arguments, got 1"),
            ("x + zz", "line 1, column 5: unknown name 'zz'"),
            ("v + w", "line 1, column 3: + mixes vectors of dimensions d and n"),
            ("", "line 1, column 1: expected an expression, found the end of the input"),
            ("x +", "line 1, column 4: expected an expression, found the end of the input"),
            ("(x < y) + 1", "line 1, column 1: '+' expects a number, got a condition"),
            ("x and y", "line 1, column 1: 'and' expects a condition, got a number"),
            ("x ^ y", "line 1, column 5: the exponent must be a constant number (write exp(y*log(x)) for x^y)"),
            ("1e", "line 1, column 1: malformed number '1e': expected digits after the exponent"),
            ("x $ y", "line 1, column 3: unexpected character '$'"),
            ("x y", "line 1, column 3: expected an operator or the end of the expression, found 'y'"),
            ("sum(x)", "line 1, column 1: sum expects a vector, got a scalar"),
            ("x[2]", "line 1, column 1: 'x' is a scalar; it has no coordinates"),
            ("m[0]", "line 1, column 3: expected a coordinate number 1, 2, ... after '[', found number '0'"),
            ("x = 1", "line 1, column 3: unexpected '='; write '==' to compare"),
            ("x,", "line 1, column 2: ',' is only allowed between the arguments of a function"),
            ("x\n + (\ny", "line 3, column 2: expected ')' to close '(' at line 2, column 4"),
            ("x(1)", "line 1, column 1: 'x' is not a function"),
            ("max()", "line 1, column 1: max expects at least 1 argument, got 0"),
            ("norm(v, x)", "line 1, column 9: the p of norm(v, p) must be a constant number"),
            ("x < y < (1 < 2)", "line 1, column 9: '<' expects a number, got a condition"),
            ("ite(x, 1, 2)", "line 1, column 5: ite's first argument expects a condition, got a number"),
            ("x\u{7}", "line 1, column 2: unexpected character U+0007"),
        ]
        for (text, expected) in cases {
            let e = error(text)
            #expect(e?.description == expected, "\(text)")
        }
    }

    @Test func errorsAreOneLine() {
        for text in ["(((", "x +\n\n", "\u{0}\u{1}", "é", "x + \u{2028}", "1.2.3", "a" + String(repeating: "b", count: 200) + "(1)"] {
            let e = error(text)
            #expect(e != nil, "\(text)")
            #expect(e?.description.contains("\n") == false)
            #expect(e?.description.contains("\u{2028}") == false)
            #expect((e?.line ?? 0) >= 1 && (e?.column ?? 0) >= 1)
        }
    }

    @Test func hugeConstantPowersStaySymbolic() throws {
        let e = try parse("9^9^9")  // 9^387420489: not folded, so parsing cannot hang
        #expect(e.constantValue == nil)
        #expect(e.description == "9^387420489")
        #expect(try parse("2^10^2").constantValue == Rational(2).power(100))
        // Many large folded constants: an error, quickly, not a gigantic product.
        let many = Array(repeating: "3^1000", count: 100).joined(separator: "*")
        #expect(error(many)?.message == "the constants are too large (more than 65536 bits in all)")
        #expect(error("1e99999")?.message == "number '1e99999' is out of range (at most 1000 characters and exponents within ±1000)")
        #expect(try parse("1e-1000").constantValue == Rational(1, 10).power(1000))
    }

    /// Random token soup: every input parses or throws a ParseError (never traps), and what
    /// parses prints and parses back to the same node.
    @Test func tokenSoupNeverCrashes() throws {
        let tokens = [
            "x", "y", "v", "w", "m[2]", "1", "0", "2.5", "1e-3", "3/4", "+", "-", "*", "/", "^", "(", ")", ",",
            "<=", "<", ">=", "==", "!=", "and", "or", "not", "=>", "!", "true", "abs(", "max(", "min(", "sum(",
            "dot(", "norm(", "ite(", "pow(", "clip(", "sign(", "sqrt(", "norm1(", "relu(",
        ]
        var rng = SplitMix64(seed: 3)
        var parsed = 0
        for _ in 0..<5000 {
            let n = 1 + Int(rng.next() % (rng.next() % 2 == 0 ? 6 : 30))
            let text = (0..<n).map { _ in tokens[Int(rng.next() % UInt64(tokens.count))] }.joined(separator: " ")
            let term: ParsedTerm
            do {
                term = try Parser.parse(text, symbols: table)
            } catch {
                #expect(!error.description.contains("\n") && error.line == 1 && error.column >= 1)
                continue
            }
            parsed += 1
            #expect(try Parser.parse(term.description, symbols: table) == term, "\(text) → \(term)")
        }
        #expect(parsed > 150)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000)
        let e = error(deep)
        #expect(e?.message == "expression nested deeper than 10000 levels")
        let minus = String(repeating: "-", count: 100_000) + "x"
        #expect(error(minus)?.message == "expression nested deeper than 10000 levels")
        // Within the limit it parses, iteratively.
        let ok = String(repeating: "(", count: 9_000) + "x" + String(repeating: ")", count: 9_000)
        #expect(error(ok) == nil)
        let unbalanced = String(repeating: "(", count: 100_000)
        #expect(error(unbalanced) != nil)
    }

    /// `count` pseudo-random bytes (generated a word at a time: debug builds are slow per byte).
    static func randomBytes(_ count: Int, _ rng: inout SplitMix64) -> [UInt8] {
        let words = (0..<(count + 7) / 8).map { _ in rng.next() }
        return words.withUnsafeBytes { Array($0.prefix(count)) }
    }

    @Test func garbageIsRejected() {
        var rng = SplitMix64(seed: 7)
        let bytes = Self.randomBytes(10 << 20, &rng)
        #expect(throws: ParseError.self) { try Parser.parse(utf8: bytes, symbols: table) }
        // Also with the size limit lifted: the lexer stops at the first bad character.
        #expect(throws: ParseError.self) {
            try Parser.parse(utf8: bytes, symbols: table, options: ParseOptions(maxInputBytes: Int.max))
        }
        let alphabet = Array("xy+-*/^()<=>!&|, 0123456789.e[]abc".utf8)
        let printable = String(decoding: bytes.map { alphabet[Int($0) % alphabet.count] }, as: UTF8.self)
        #expect(throws: ParseError.self) { try Parser.parse(printable, symbols: table) }
        #expect(throws: ParseError.self) {
            try Parser.parse(printable, symbols: table, options: ParseOptions(maxInputBytes: Int.max, autoDeclareScalars: true))
        }
        // Long but valid text is accepted when the limit allows it: 20,000 terms.
        let long = Array(repeating: "x", count: 20_000).joined(separator: " + ")
        #expect((try? Parser.expression(long, symbols: table, options: ParseOptions(maxInputBytes: Int.max)))
            == Expr(20_000) * Expr.scalar("x"))
    }
}
