import BigInt

// The text parser: reads the printer's syntax back into the same interned nodes.
//
// The parser is iterative (operator-precedence with explicit stacks), so deep nesting
// cannot overflow the stack; nesting depth and input size are limited, and every error
// is one line with the line and column where it was found.

/// A syntax or shape error in text, with its position.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the offending token.
    public let line: Int
    /// 1-based column (in characters) of the offending token.
    public let column: Int
    /// What went wrong, on one line.
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "line 1, column 7: expected ')' to close '(' at column 3".
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// Limits and leniency of the parser.
public struct ParseOptions: Sendable {
    /// Longest accepted input, in UTF-8 bytes (default 1 MiB).
    public var maxInputBytes: Int
    /// Deepest accepted nesting of parentheses, calls and operators (default 10,000).
    public var maxDepth: Int
    /// Declare unknown names as scalar symbols instead of reporting "unknown name".
    public var autoDeclareScalars: Bool

    public init(maxInputBytes: Int = 1 << 20, maxDepth: Int = 10_000, autoDeclareScalars: Bool = false) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.autoDeclareScalars = autoDeclareScalars
    }
}

/// A parsed term: a numeric expression or a condition.
public enum ParsedTerm: Sendable, Hashable, CustomStringConvertible {
    case expr(Expr)
    case condition(Constraint)

    public init(_ node: Node) {
        self = node.sort == .bool ? .condition(Constraint(node)) : .expr(Expr(node))
    }

    public var node: Node {
        switch self {
        case .expr(let e): return e.node
        case .condition(let c): return c.node
        }
    }

    public var description: String { node.description }
}

/// The names a parser knows: declared symbols (with their shapes) and named definitions,
/// which are substituted where their name appears (macro semantics).
public struct SymbolTable: Sendable, ExpressibleByArrayLiteral {
    /// Declared symbols by name.
    public private(set) var symbols: [String: Symbol] = [:]
    /// Definitions by name: numeric expressions or conditions.
    public private(set) var definitions: [String: ParsedTerm] = [:]
    /// User functions by name, called like built-ins (`f(x)`); never a built-in's name.
    public private(set) var functions: [String: UserFunction] = [:]

    public init() {}

    /// A table declaring `symbols` (under their names) with optional definitions.
    public init(_ symbols: [Symbol], definitions: [String: Expr] = [:]) {
        for s in symbols { declare(s) }
        for (k, v) in definitions { define(k, as: v) }
    }

    /// A table from a name → symbol dictionary.
    public init(symbols: [String: Symbol], definitions: [String: Expr] = [:]) {
        self.symbols = symbols
        for (k, v) in definitions { define(k, as: v) }
    }

    public init(arrayLiteral elements: Symbol...) { self.init(elements) }

    /// Declares (or redeclares) a symbol under its name.
    public mutating func declare(_ s: Symbol) { symbols[s.name] = s }
    /// Defines `name` as an expression: later text saying `name` means `e`.
    public mutating func define(_ name: String, as e: Expr) { definitions[name] = .expr(e) }
    /// Defines `name` as a condition.
    public mutating func define(_ name: String, as c: Constraint) { definitions[name] = .condition(c) }
    /// Defines `name` as a parsed term.
    public mutating func define(_ name: String, as t: ParsedTerm) { definitions[name] = t }

    /// Registers (or replaces) a user function. Built-in names (`sum`, `max`, …) are
    /// refused: a user function never shadows a built-in.
    public mutating func defineFunction(_ name: String, _ f: UserFunction) throws(UserFunctionError) {
        guard builtinArity[name] == nil else { throw UserFunctionError("'\(name)' is a built-in function") }
        guard Lexer.isName(name) else { throw UserFunctionError("'\(name)' is not a name") }
        functions[name] = f
    }

    /// Whether `name` is a built-in function of the text syntax.
    public static func isBuiltinFunction(_ name: String) -> Bool { builtinArity[name] != nil }
}

/// A named function of the text syntax defined by its user: `name(a, b)` calls `apply` with
/// the parsed arguments (numbers or conditions). Its errors become parse errors at the
/// call's line and column.
public struct UserFunction: Sendable {
    /// Allowed argument counts.
    public var arity: ClosedRange<Int>
    /// Builds the call's value from its arguments.
    public var apply: @Sendable ([ParsedTerm]) throws(UserFunctionError) -> ParsedTerm

    public init(arity: ClosedRange<Int>, _ apply: @escaping @Sendable ([ParsedTerm]) throws(UserFunctionError) -> ParsedTerm) {
        self.arity = arity
        self.apply = apply
    }

    /// A function of one argument.
    public init(_ apply: @escaping @Sendable (ParsedTerm) throws(UserFunctionError) -> ParsedTerm) {
        self.init(arity: 1...1) { (args: [ParsedTerm]) throws(UserFunctionError) -> ParsedTerm in try apply(args[0]) }
    }
}

/// Why a user function refused its arguments (one line; the parser adds the position).
public struct UserFunctionError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// One `name = term` line of a definitions text.
public struct Definition: Sendable, Hashable {
    public let name: String
    public let value: ParsedTerm
    /// The line where the definition starts.
    public let line: Int
}

/// Reads expressions and conditions from text.
///
/// Syntax (loosest binding first): `=>` (right-associative), `or`/`||`, `and`/`&&`,
/// `not`/`!`, comparisons `<= < >= > == !=` (chains like `0 <= b1 <= b2 < 1` mean the
/// conjunction), `+ -`, `* /`, unary `-`, `^` (right-associative; the exponent must fold
/// to a constant: `x^2`, `x^(3/2)`, `x^-1`), then numbers (`3`, `0.99`, `1e-3`, exact),
/// names, coordinates `x[2]`, parentheses and calls `sign abs relu max min clip ite sqrt
/// exp log sum dot norm1 norm2 norminf norm(v, p) pow(x, k)`, `true`, `false`.
/// `#` starts a comment that runs to the end of the line.
public enum Parser {
    /// Parses one expression or condition.
    public static func parse(
        _ text: String, symbols: SymbolTable = SymbolTable(), options: ParseOptions = ParseOptions()
    ) throws(ParseError) -> ParsedTerm {
        var engine = try Engine(text, table: symbols, options: options, statements: false)
        let (operand, _) = try engine.term()
        return ParsedTerm(operand.node)
    }

    /// Parses one expression or condition from UTF-8 bytes (for example a file's contents;
    /// malformed UTF-8 is reported as an unexpected character).
    public static func parse(
        utf8 bytes: [UInt8], symbols: SymbolTable = SymbolTable(), options: ParseOptions = ParseOptions()
    ) throws(ParseError) -> ParsedTerm {
        var engine = try Engine(bytes: bytes, table: symbols, options: options, statements: false)
        let (operand, _) = try engine.term()
        return ParsedTerm(operand.node)
    }

    /// Parses a numeric expression.
    public static func expression(
        _ text: String, symbols: SymbolTable = SymbolTable(), options: ParseOptions = ParseOptions()
    ) throws(ParseError) -> Expr {
        var engine = try Engine(text, table: symbols, options: options, statements: false)
        let (operand, _) = try engine.term()
        guard operand.node.sort != .bool else {
            throw ParseError(line: 1, column: 1, message: "expected a numeric expression, found a condition")
        }
        return Expr(operand.node)
    }

    /// Parses a condition.
    public static func constraint(
        _ text: String, symbols: SymbolTable = SymbolTable(), options: ParseOptions = ParseOptions()
    ) throws(ParseError) -> Constraint {
        var engine = try Engine(text, table: symbols, options: options, statements: false)
        let (operand, _) = try engine.term()
        guard operand.node.sort == .bool else {
            throw ParseError(line: 1, column: 1, message: "expected a condition, found a numeric expression")
        }
        return Constraint(operand.node)
    }

    /// Parses a list of statements, one per line (or separated by `;`):
    /// `scalar a, b`, `vector x, m` (dimension d), `vector[n] y` (dimension n), and
    /// definitions `name = term`. Declarations and definitions are added to `table` in
    /// order, so later lines can use earlier names. Returns the definitions in order.
    /// A line may continue after an operator or inside parentheses.
    public static func definitions(
        _ text: String, into table: inout SymbolTable, options: ParseOptions = ParseOptions()
    ) throws(ParseError) -> [Definition] {
        var engine = try Engine(text, table: table, options: options, statements: true)
        let out = try engine.statements()
        table = engine.table
        return out
    }
}

extension Expr {
    /// Parses a numeric expression (see `Parser`).
    public init(parsing text: String, symbols: SymbolTable = SymbolTable(), options: ParseOptions = ParseOptions())
        throws(ParseError)
    {
        self = try Parser.expression(text, symbols: symbols, options: options)
    }
}

extension Constraint {
    /// Parses a condition (see `Parser`).
    public init(parsing text: String, symbols: SymbolTable = SymbolTable(), options: ParseOptions = ParseOptions())
        throws(ParseError)
    {
        self = try Parser.constraint(text, symbols: symbols, options: options)
    }
}

// MARK: - Lexer

struct Token {
    enum Kind: Equatable {
        case number, name
        case lparen, rparen, lbracket, rbracket, comma, semicolon, newline, end
        case plus, minus, star, slash, caret
        case le, lt, ge, gt, eq, ne, assign
        case and, or, not, implies
    }

    var kind: Kind
    var text: String
    var line: Int
    var column: Int

    /// How the token is named in an error message (never more than one line).
    var quoted: String {
        switch kind {
        case .end: return "the end of the input"
        case .newline: return "the end of the line"
        case .number: return "number '\(Lexer.clipped(text))'"
        default: return "'\(Lexer.clipped(text))'"
        }
    }
}

struct Lexer {
    let bytes: [UInt8]
    var i = 0
    var line = 1
    var column = 1
    var lookahead: Token?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func clipped(_ s: String) -> String {
        s.count <= 40 ? s : String(s.prefix(40)) + "…"
    }

    func error(_ message: String) -> ParseError { ParseError(line: line, column: column, message: message) }

    mutating func advance() {
        let b = bytes[i]
        i += 1
        if b == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
    }

    func byte(at k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isNameStart(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
    static func isNameChar(_ b: UInt8) -> Bool { isNameStart(b) || isDigit(b) }
    static func isName(_ s: String) -> Bool {
        guard let f = s.utf8.first, isNameStart(f) else { return false }
        return s.utf8.allSatisfy(isNameChar) && s != "true" && s != "false" && s != "and" && s != "or" && s != "not"
    }

    mutating func peek() throws(ParseError) -> Token {
        if let t = lookahead { return t }
        let t = try scan()
        lookahead = t
        return t
    }

    mutating func next() throws(ParseError) -> Token {
        if let t = lookahead {
            lookahead = nil
            return t
        }
        return try scan()
    }

    /// A printable, one-line name for the character at the current position.
    func describeCharacter() -> String {
        let b = bytes[i]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return "U+" + String(b, radix: 16, uppercase: true).leftPadded(4) }
        // Decode one UTF-8 scalar if valid, else name the byte.
        var it = bytes[i..<min(bytes.count, i + 4)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) {
            let hex = "U+" + String(s.value, radix: 16, uppercase: true).leftPadded(4)
            let printable = s.properties.generalCategory != .control && s.properties.generalCategory != .format
                && s.properties.generalCategory != .lineSeparator && s.properties.generalCategory != .paragraphSeparator
            return printable ? "'\(Character(s))' (\(hex))" : hex
        }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    mutating func scan() throws(ParseError) -> Token {
        // Skip blanks and comments.
        while let b = byte(at: i) {
            if b == 32 || b == 9 || b == 13 || b == 12 || b == 11 {
                advance()
            } else if b == UInt8(ascii: "#") {
                while let c = byte(at: i), c != UInt8(ascii: "\n") { advance() }
            } else {
                break
            }
        }
        let line = line
        let column = column
        func token(_ kind: Token.Kind, _ text: String) -> Token { Token(kind: kind, text: text, line: line, column: column) }
        guard let b = byte(at: i) else { return token(.end, "") }
        let start = i
        if Lexer.isDigit(b) || (b == UInt8(ascii: ".") && byte(at: i + 1).map(Lexer.isDigit) == true) {
            while let c = byte(at: i), Lexer.isDigit(c) { advance() }
            if byte(at: i) == UInt8(ascii: ".") {
                advance()
                while let c = byte(at: i), Lexer.isDigit(c) { advance() }
            }
            if let e = byte(at: i), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
                advance()
                if let s = byte(at: i), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { advance() }
                guard let d = byte(at: i), Lexer.isDigit(d) else {
                    let text = String(decoding: bytes[start..<i], as: UTF8.self)
                    throw ParseError(
                        line: line, column: column,
                        message: "malformed number '\(Lexer.clipped(text))': expected digits after the exponent")
                }
                while let c = byte(at: i), Lexer.isDigit(c) { advance() }
            }
            if let c = byte(at: i), Lexer.isNameChar(c) || c == UInt8(ascii: ".") {
                while let c = byte(at: i), Lexer.isNameChar(c) || c == UInt8(ascii: ".") { advance() }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                throw ParseError(line: line, column: column, message: "malformed number '\(Lexer.clipped(text))'")
            }
            return token(.number, String(decoding: bytes[start..<i], as: UTF8.self))
        }
        if Lexer.isNameStart(b) {
            while let c = byte(at: i), Lexer.isNameChar(c) { advance() }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            switch text {
            case "and": return token(.and, text)
            case "or": return token(.or, text)
            case "not": return token(.not, text)
            default: return token(.name, text)
            }
        }
        let next = byte(at: i + 1)
        func two(_ kind: Token.Kind, _ text: String) -> Token {
            advance()
            advance()
            return token(kind, text)
        }
        func one(_ kind: Token.Kind, _ text: String) -> Token {
            advance()
            return token(kind, text)
        }
        switch b {
        case UInt8(ascii: "\n"): return one(.newline, "\n")
        case UInt8(ascii: "("): return one(.lparen, "(")
        case UInt8(ascii: ")"): return one(.rparen, ")")
        case UInt8(ascii: "["): return one(.lbracket, "[")
        case UInt8(ascii: "]"): return one(.rbracket, "]")
        case UInt8(ascii: ","): return one(.comma, ",")
        case UInt8(ascii: ";"): return one(.semicolon, ";")
        case UInt8(ascii: "+"): return one(.plus, "+")
        case UInt8(ascii: "-"): return one(.minus, "-")
        case UInt8(ascii: "*"): return one(.star, "*")
        case UInt8(ascii: "/"): return one(.slash, "/")
        case UInt8(ascii: "^"): return one(.caret, "^")
        case UInt8(ascii: "<"): return next == UInt8(ascii: "=") ? two(.le, "<=") : one(.lt, "<")
        case UInt8(ascii: ">"): return next == UInt8(ascii: "=") ? two(.ge, ">=") : one(.gt, ">")
        case UInt8(ascii: "="):
            if next == UInt8(ascii: "=") { return two(.eq, "==") }
            if next == UInt8(ascii: ">") { return two(.implies, "=>") }
            return one(.assign, "=")
        case UInt8(ascii: "!"): return next == UInt8(ascii: "=") ? two(.ne, "!=") : one(.not, "!")
        case UInt8(ascii: "&"):
            if next == UInt8(ascii: "&") { return two(.and, "&&") }
        case UInt8(ascii: "|"):
            if next == UInt8(ascii: "|") { return two(.or, "||") }
        default: break
        }
        throw error("unexpected character \(describeCharacter())")
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String {
        count >= n ? self : String(repeating: "0", count: n - count) + self
    }
}

// MARK: - Engine

/// A parsed operand with its position; `chainTail` is the right operand of an
/// unparenthesised comparison (for chains like a < b < c).
struct Operand {
    var node: Node
    var line: Int
    var column: Int
    var chainTail: Node?
}

enum PrefixOperator {
    case negate, plus, not

    var precedence: Int { self == .not ? Precedence.not : Precedence.unary }
}

enum BinaryOperator {
    case add, sub, mul, div, pow
    case le, lt, ge, gt, eq, ne
    case and, or, implies

    init?(_ kind: Token.Kind) {
        switch kind {
        case .plus: self = .add
        case .minus: self = .sub
        case .star: self = .mul
        case .slash: self = .div
        case .caret: self = .pow
        case .le: self = .le
        case .lt: self = .lt
        case .ge: self = .ge
        case .gt: self = .gt
        case .eq: self = .eq
        case .ne: self = .ne
        case .and: self = .and
        case .or: self = .or
        case .implies: self = .implies
        default: return nil
        }
    }

    var precedence: Int {
        switch self {
        case .add, .sub: return Precedence.additive
        case .mul, .div: return Precedence.multiplicative
        case .pow: return Precedence.power
        case .le, .lt, .ge, .gt, .eq, .ne: return Precedence.comparison
        case .and: return Precedence.and
        case .or: return Precedence.or
        case .implies: return Precedence.implies
        }
    }

    var isRightAssociative: Bool { self == .pow || self == .implies }
    var isComparison: Bool {
        switch self {
        case .le, .lt, .ge, .gt, .eq, .ne: return true
        default: return false
        }
    }
}

enum Pending {
    case prefix(PrefixOperator, Token)
    case binary(BinaryOperator, Token)
    case group(Token)
    /// A function call: its name token and the operand-stack height where its arguments start.
    case call(Token, Int)
}

/// The built-in functions: name → allowed argument counts (nil = at least one).
let builtinArity: [String: ClosedRange<Int>?] = [
    "sign": 1...1, "abs": 1...1, "relu": 1...1, "sqrt": 1...1, "exp": 1...1, "log": 1...1,
    "max": nil, "min": nil, "clip": 3...3, "ite": 3...3,
    "sum": 1...1, "norm1": 1...1, "norm2": 1...1, "norminf": 1...1, "normInf": 1...1,
    "dot": 2...2, "norm": 2...2, "pow": 2...2,
]

/// Bits of exact constants made while parsing (literals and folded powers): bounded, so a
/// short text like "2^99999*2^99999*..." cannot build gigantic numbers.
final class ConstantBudget {
    var used = 0
    let limit = 1 << 16

    static func bits(_ r: Rational) -> Int { r.numerator.magnitude.bitWidth + r.denominator.magnitude.bitWidth }
}

struct Engine {
    let budget = ConstantBudget()
    var lexer: Lexer
    var table: SymbolTable
    let options: ParseOptions
    /// In statement mode a newline ends a complete term outside brackets.
    let statementMode: Bool

    init(_ text: String, table: SymbolTable, options: ParseOptions, statements: Bool) throws(ParseError) {
        let size = text.utf8.count
        guard size <= options.maxInputBytes else {
            throw ParseError(
                line: 1, column: 1, message: "input is \(size) bytes, more than the limit of \(options.maxInputBytes)")
        }
        try self.init(bytes: Array(text.utf8), table: table, options: options, statements: statements)
    }

    init(bytes: [UInt8], table: SymbolTable, options: ParseOptions, statements: Bool) throws(ParseError) {
        guard bytes.count <= options.maxInputBytes else {
            throw ParseError(
                line: 1, column: 1,
                message: "input is \(bytes.count) bytes, more than the limit of \(options.maxInputBytes)")
        }
        lexer = Lexer(bytes)
        self.table = table
        self.options = options
        statementMode = statements
    }

    /// The magnitude of a number literal's decimal exponent (Int.max if it does not fit).
    static func exponent(of text: String) -> Int {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return 0 }
        var digits = text[text.index(after: e)...]
        if let sign = digits.first, sign == "+" || sign == "-" { digits = digits.dropFirst() }
        guard digits.count <= 9, let v = Int(digits) else { return Int.max }
        return v
    }

    func charge(_ bits: Int, _ t: Token) throws(ParseError) {
        let (sum, overflow) = budget.used.addingReportingOverflow(bits)
        budget.used = overflow ? Int.max : sum
        if budget.used > budget.limit {
            throw fail(t, "the constants are too large (more than \(budget.limit) bits in all)")
        }
    }

    /// Charges the folding of c^e (an estimate of the result's size).
    func chargePower(_ base: Node, _ e: Rational, _ t: Token) throws(ParseError) {
        guard let c = base.constantValue, !c.isZero, c.magnitude != .one else { return }
        let (bits, overflow) = ConstantBudget.bits(c).multipliedReportingOverflow(by: Int(clamping: e.numerator.magnitude))
        // Beyond Build's folding limit the power stays symbolic and costs nothing.
        if overflow || bits > Int(Build.foldLimit) { return }
        try charge(bits, t)
    }

    func fail(_ t: Token, _ message: String) -> ParseError {
        ParseError(line: t.line, column: t.column, message: message)
    }

    func fail(_ o: Operand, _ message: String) -> ParseError {
        ParseError(line: o.line, column: o.column, message: message)
    }

    // MARK: statements

    mutating func statements() throws(ParseError) -> [Definition] {
        var out: [Definition] = []
        var definedAt: [String: Int] = [:]
        while true {
            let t = try lexer.next()
            switch t.kind {
            case .newline, .semicolon: continue
            case .end: return out
            case .name: break
            default: throw fail(t, "expected a definition 'name = ...' or a declaration, found \(t.quoted)")
            }
            let after = try lexer.peek()
            if (t.text == "scalar" || t.text == "vector") && (after.kind == .name || (t.text == "vector" && after.kind == .lbracket)) {
                try declaration(vector: t.text == "vector")
                continue
            }
            try checkNewName(t)
            if let previous = definedAt[t.text] {
                throw fail(t, "'\(t.text)' is already defined (line \(previous))")
            }
            let eq = try lexer.next()
            guard eq.kind == .assign else {
                throw fail(eq, "expected '=' after '\(Lexer.clipped(t.text))', found \(eq.quoted)")
            }
            let (operand, _) = try term()
            let value = ParsedTerm(operand.node)
            table.define(t.text, as: value)
            definedAt[t.text] = t.line
            out.append(Definition(name: t.text, value: value, line: t.line))
        }
    }

    func checkNewName(_ t: Token) throws(ParseError) {
        if t.text == "true" || t.text == "false" || t.text == "scalar" || t.text == "vector" {
            throw fail(t, "'\(t.text)' is a reserved word and cannot be defined")
        }
    }

    mutating func declaration(vector: Bool) throws(ParseError) {
        var dim = "d"
        if vector, try lexer.peek().kind == .lbracket {
            _ = try lexer.next()
            let d = try lexer.next()
            guard d.kind == .name else { throw fail(d, "expected a dimension name, found \(d.quoted)") }
            let close = try lexer.next()
            guard close.kind == .rbracket else { throw fail(close, "expected ']' after the dimension, found \(close.quoted)") }
            dim = d.text
        }
        while true {
            let n = try lexer.next()
            guard n.kind == .name else { throw fail(n, "expected a name to declare, found \(n.quoted)") }
            try checkNewName(n)
            if table.definitions[n.text] != nil { throw fail(n, "'\(n.text)' is already defined") }
            table.declare(vector ? Symbol.vector(n.text, dim: dim) : Symbol.scalar(n.text))
            let sep = try lexer.next()
            switch sep.kind {
            case .comma: continue
            case .newline, .semicolon, .end: return
            default: throw fail(sep, "expected ',' or the end of the line, found \(sep.quoted)")
            }
        }
    }

    // MARK: terms

    /// Parses one term up to its end (end of input; in statement mode also a newline or ';').
    mutating func term() throws(ParseError) -> (Operand, Token) {
        var operands: [Operand] = []
        var pending: [Pending] = []
        var expectOperand = true
        var brackets = 0

        func checkDepth(_ t: Token) throws(ParseError) {
            if pending.count > options.maxDepth {
                throw fail(t, "expression nested deeper than \(options.maxDepth) levels")
            }
        }

        while true {
            let t = try lexer.next()
            if t.kind == .newline && (expectOperand || brackets > 0 || !statementMode) { continue }
            if expectOperand {
                switch t.kind {
                case .number:
                    guard t.text.utf8.count <= 1000, Engine.exponent(of: t.text) <= 1000, let r = Rational(t.text) else {
                        throw fail(t, "number '\(Lexer.clipped(t.text))' is out of range (at most 1000 characters and exponents within ±1000)")
                    }
                    try charge(ConstantBudget.bits(r), t)
                    operands.append(Operand(node: Build.constant(r), line: t.line, column: t.column))
                    expectOperand = false
                case .name:
                    if try lexer.peek().kind == .lparen {
                        let open = try lexer.next()
                        try checkFunction(t)
                        pending.append(.call(t, operands.count))
                        brackets += 1
                        try checkDepth(open)
                        if try lexer.peek().kind == .rparen {
                            _ = try lexer.next()
                            brackets -= 1
                            pending.removeLast()
                            operands.append(try call(t, []))
                            expectOperand = false
                        }
                    } else {
                        operands.append(try name(t))
                        expectOperand = false
                    }
                case .lparen:
                    pending.append(.group(t))
                    brackets += 1
                    try checkDepth(t)
                case .minus:
                    pending.append(.prefix(.negate, t))
                    try checkDepth(t)
                case .plus:
                    pending.append(.prefix(.plus, t))
                    try checkDepth(t)
                case .not:
                    pending.append(.prefix(.not, t))
                    try checkDepth(t)
                default:
                    throw fail(t, "expected an expression, found \(t.quoted)")
                }
                continue
            }
            // Expecting an operator, a closing bracket, a comma or the end.
            if let op = BinaryOperator(t.kind) {
                while let top = pending.last {
                    var reduce = false
                    switch top {
                    case .prefix(let p, _): reduce = p.precedence >= op.precedence
                    case .binary(let b, _):
                        reduce = b.precedence > op.precedence || (b.precedence == op.precedence && !op.isRightAssociative)
                    case .group, .call: reduce = false
                    }
                    guard reduce else { break }
                    try reduceTop(&pending, &operands)
                }
                pending.append(.binary(op, t))
                try checkDepth(t)
                expectOperand = true
                continue
            }
            switch t.kind {
            case .rparen:
                try reduceOperators(&pending, &operands)
                guard let top = pending.popLast() else { throw fail(t, "unmatched ')'") }
                brackets -= 1
                switch top {
                case .group(let g):
                    operands[operands.count - 1].chainTail = nil
                    operands[operands.count - 1].line = g.line
                    operands[operands.count - 1].column = g.column
                case .call(let nameToken, let base):
                    let args = Array(operands[base...])
                    operands.removeSubrange(base...)
                    operands.append(try call(nameToken, args))
                default:
                    throw fail(t, "internal: unexpected operator on the stack")
                }
            case .comma:
                try reduceOperators(&pending, &operands)
                guard case .call = pending.last else {
                    throw fail(t, "',' is only allowed between the arguments of a function")
                }
                expectOperand = true
            case .end, .newline, .semicolon:
                if t.kind == .semicolon && !statementMode { throw fail(t, "unexpected ';'") }
                try reduceOperators(&pending, &operands)
                if let open = pending.last {
                    let o: Token
                    switch open {
                    case .group(let g): o = g
                    case .call(let n, _): o = Token(kind: .lparen, text: "(", line: n.line, column: n.column + n.text.count)
                    default: o = t
                    }
                    let at = o.line == t.line ? "column \(o.column)" : "line \(o.line), column \(o.column)"
                    throw fail(t, "expected ')' to close '(' at \(at)")
                }
                guard operands.count == 1, let result = operands.first else {
                    throw fail(t, "internal: \(operands.count) operands left")
                }
                return (result, t)
            case .assign:
                throw fail(t, "unexpected '='; write '==' to compare")
            case .rbracket:
                throw fail(t, "unmatched ']'")
            default:
                throw fail(t, "expected an operator or the end of the expression, found \(t.quoted)")
            }
        }
    }

    mutating func reduceOperators(_ pending: inout [Pending], _ operands: inout [Operand]) throws(ParseError) {
        while let top = pending.last {
            switch top {
            case .prefix, .binary: try reduceTop(&pending, &operands)
            case .group, .call: return
            }
        }
    }

    func reduceTop(_ pending: inout [Pending], _ operands: inout [Operand]) throws(ParseError) {
        guard let top = pending.popLast() else { return }
        switch top {
        case .prefix(let p, let t):
            guard let a = operands.popLast() else { throw fail(t, "internal: missing operand") }
            operands.append(try applyPrefix(p, t, a))
        case .binary(let b, let t):
            guard let r = operands.popLast(), let l = operands.popLast() else { throw fail(t, "internal: missing operand") }
            operands.append(try applyBinary(b, t, l, r))
        case .group, .call:
            pending.append(top)
        }
    }

    func built(_ t: Token, _ f: () throws(ShapeError) -> Node) throws(ParseError) -> Node {
        do {
            return try f()
        } catch {
            throw fail(t, error.message)
        }
    }

    func requireNumber(_ o: Operand, _ what: String) throws(ParseError) {
        if o.node.sort == .bool { throw fail(o, "\(what) expects a number, got a condition") }
    }

    func requireCondition(_ o: Operand, _ what: String) throws(ParseError) {
        if o.node.sort != .bool { throw fail(o, "\(what) expects a condition, got a number") }
    }

    func applyPrefix(_ p: PrefixOperator, _ t: Token, _ a: Operand) throws(ParseError) -> Operand {
        var out = Operand(node: a.node, line: t.line, column: t.column)
        switch p {
        case .negate:
            try requireNumber(a, "'-'")
            out.node = try built(t) { () throws(ShapeError) in try Build.neg(a.node) }
        case .plus:
            try requireNumber(a, "'+'")
        case .not:
            try requireCondition(a, "'\(t.text)'")
            out.node = try built(t) { () throws(ShapeError) in try Build.not(a.node) }
        }
        return out
    }

    func applyBinary(_ b: BinaryOperator, _ t: Token, _ l: Operand, _ r: Operand) throws(ParseError) -> Operand {
        var out = Operand(node: l.node, line: l.line, column: l.column)
        let what = "'\(t.text)'"
        switch b {
        case .add, .sub, .mul, .div, .pow:
            try requireNumber(l, what)
            try requireNumber(r, what)
        case .and, .or, .implies:
            try requireCondition(l, what)
            try requireCondition(r, what)
        case .le, .lt, .ge, .gt, .eq, .ne:
            if l.chainTail == nil { try requireNumber(l, what) }
            try requireNumber(r, what)
        }
        let x = l.node
        let y = r.node
        switch b {
        case .add: out.node = try built(t) { () throws(ShapeError) in try Build.add([x, y]) }
        case .sub: out.node = try built(t) { () throws(ShapeError) in try Build.sub(x, y) }
        case .mul: out.node = try built(t) { () throws(ShapeError) in try Build.mul([x, y]) }
        case .div:
            out.node = try built(t) { () throws(ShapeError) in try Build.div(x, y) }
        case .pow:
            guard let e = y.constantValue else {
                throw fail(r, "the exponent must be a constant number (write exp(y*log(x)) for x^y)")
            }
            try chargePower(x, e, t)
            out.node = try built(t) { () throws(ShapeError) in try Build.power(x, e) }
        case .le, .lt, .ge, .gt, .eq, .ne:
            let lhs = l.chainTail ?? x
            let cmp = try built(t) { () throws(ShapeError) -> Node in
                switch b {
                case .le: return try Build.compare(.le, lhs, y)
                case .lt: return try Build.compare(.lt, lhs, y)
                case .ge: return try Build.compare(.le, y, lhs)
                case .gt: return try Build.compare(.lt, y, lhs)
                case .eq: return try Build.compare(.eq, lhs, y)
                default: return try Build.not(Build.compare(.eq, lhs, y))
                }
            }
            if l.chainTail != nil {
                out.node = try built(t) { () throws(ShapeError) in try Build.and([x, cmp]) }
            } else {
                out.node = cmp
            }
            out.chainTail = y
        case .and: out.node = try built(t) { () throws(ShapeError) in try Build.and([x, y]) }
        case .or: out.node = try built(t) { () throws(ShapeError) in try Build.or([x, y]) }
        case .implies: out.node = try built(t) { () throws(ShapeError) in try Build.implies(x, y) }
        }
        return out
    }

    // MARK: names and calls

    mutating func name(_ t: Token) throws(ParseError) -> Operand {
        let at = Operand(node: Build.boolean(true), line: t.line, column: t.column)
        var out = at
        if t.text == "true" || t.text == "false" {
            out.node = Build.boolean(t.text == "true")
            return out
        }
        if try lexer.peek().kind == .lbracket {
            _ = try lexer.next()
            let index = try lexer.next()
            guard index.kind == .number, let r = Rational(index.text), let i = r.intValue, i >= 1 else {
                throw fail(index, "expected a coordinate number 1, 2, ... after '[', found \(index.quoted)")
            }
            let close = try lexer.next()
            guard close.kind == .rbracket else { throw fail(close, "expected ']' after the coordinate, found \(close.quoted)") }
            if let s = table.symbols[t.text] {
                guard s.isVector else { throw fail(t, "'\(t.text)' is a scalar; it has no coordinates") }
            } else if let d = table.definitions[t.text] {
                // Coordinate i of a vector definition is coordinate i of its expression.
                guard d.node.sort.isVector else { throw fail(t, "'\(t.text)' is not a vector; it has no coordinates") }
                out.node = try built(t) { () throws(ShapeError) in try Instantiation.coordinate(d.node, i) }
                return out
            } else if !options.autoDeclareScalars {
                throw fail(t, "unknown name '\(Lexer.clipped(t.text))'")
            }
            out.node = Build.symbol(.coordinate(t.text, i))
            return out
        }
        if let d = table.definitions[t.text] {
            out.node = d.node
        } else if let s = table.symbols[t.text] {
            out.node = Build.symbol(s)
        } else if options.autoDeclareScalars {
            out.node = Build.symbol(.scalar(t.text))
        } else {
            throw fail(t, "unknown name '\(Lexer.clipped(t.text))'")
        }
        return out
    }

    func checkFunction(_ t: Token) throws(ParseError) {
        if builtinArity[t.text] != nil || table.functions[t.text] != nil { return }
        if table.symbols[t.text] != nil || table.definitions[t.text] != nil {
            throw fail(t, "'\(t.text)' is not a function")
        }
        throw fail(t, "unknown function '\(Lexer.clipped(t.text))'")
    }

    func call(_ t: Token, _ args: [Operand]) throws(ParseError) -> Operand {
        let f = t.text
        var out = Operand(node: Build.boolean(true), line: t.line, column: t.column)
        if builtinArity[f] == nil, let user = table.functions[f] {
            let range = user.arity
            if !range.contains(args.count) {
                let n = args.count < range.lowerBound ? range.lowerBound : range.upperBound
                let expected = range.count == 1 ? "\(n)" : "\(range.lowerBound) to \(range.upperBound)"
                throw fail(t, "\(f) expects \(expected) argument\(n == 1 && range.count == 1 ? "" : "s"), got \(args.count)")
            }
            do {
                out.node = try user.apply(args.map { ParsedTerm($0.node) }).node
            } catch {
                throw fail(t, error.message)
            }
            return out
        }
        guard let arity = builtinArity[f] else { throw fail(t, "unknown function '\(Lexer.clipped(f))'") }
        if let range = arity {
            if !range.contains(args.count) {
                let n = range.lowerBound
                throw fail(t, "\(f) expects \(n) argument\(n == 1 ? "" : "s"), got \(args.count)")
            }
        } else if args.isEmpty {
            throw fail(t, "\(f) expects at least 1 argument, got 0")
        }
        for (k, a) in args.enumerated() {
            if f == "ite" && k == 0 {
                try requireCondition(a, "ite's first argument")
            } else {
                try requireNumber(a, f)
            }
        }
        let xs = args.map(\.node)
        func constant(_ k: Int, _ what: String) throws(ParseError) -> Rational {
            guard let c = xs[k].constantValue else { throw fail(args[k], "\(what) must be a constant number") }
            return c
        }
        switch f {
        case "sign": out.node = try built(t) { () throws(ShapeError) in try Build.sign(xs[0]) }
        case "abs": out.node = try built(t) { () throws(ShapeError) in try Build.abs(xs[0]) }
        case "relu": out.node = try built(t) { () throws(ShapeError) in try Build.relu(xs[0]) }
        case "sqrt": out.node = try built(t) { () throws(ShapeError) in try Build.sqrt(xs[0]) }
        case "exp": out.node = try built(t) { () throws(ShapeError) in try Build.exp(xs[0]) }
        case "log": out.node = try built(t) { () throws(ShapeError) in try Build.log(xs[0]) }
        case "max": out.node = try built(t) { () throws(ShapeError) in try Build.maxOrMin(true, xs) }
        case "min": out.node = try built(t) { () throws(ShapeError) in try Build.maxOrMin(false, xs) }
        case "clip": out.node = try built(t) { () throws(ShapeError) in try Build.clip(xs[0], xs[1], xs[2]) }
        case "ite": out.node = try built(t) { () throws(ShapeError) in try Build.ite(xs[0], xs[1], xs[2]) }
        case "sum": out.node = try built(t) { () throws(ShapeError) in try Build.reduce(.sum, xs[0]) }
        case "norm1": out.node = try built(t) { () throws(ShapeError) in try Build.reduce(.norm1, xs[0]) }
        case "norm2": out.node = try built(t) { () throws(ShapeError) in try Build.reduce(.norm2, xs[0]) }
        case "norminf", "normInf": out.node = try built(t) { () throws(ShapeError) in try Build.reduce(.normInf, xs[0]) }
        case "dot": out.node = try built(t) { () throws(ShapeError) in try Build.dot(xs[0], xs[1]) }
        case "norm":
            let p = try constant(1, "the p of norm(v, p)")
            guard p >= .one else { throw fail(args[1], "norm(v, p) needs p >= 1, got \(p)") }
            out.node = try built(t) { () throws(ShapeError) in try Build.reduce(.normP(p), xs[0]) }
        case "pow":
            let e = try constant(1, "the exponent of pow(x, k)")
            try chargePower(xs[0], e, t)
            out.node = try built(t) { () throws(ShapeError) in try Build.power(xs[0], e) }
        default:
            throw fail(t, "unknown function '\(Lexer.clipped(f))'")
        }
        return out
    }
}
