/// A TOML 1.0 reader (https://toml.io/en/v1.0.0), written for claim files.
///
/// It reads all of TOML 1.0 — bare, quoted and dotted keys; basic, literal and multi-line
/// strings with every escape; decimal, hex, octal and binary integers; floats with
/// exponents, inf and nan; booleans; offset and local date-times, dates and times; arrays
/// (mixed types, over several lines, trailing commas, comments); inline tables; `[tables]`
/// and `[[arrays of tables]]` — and rejects everything else (duplicate keys, redefined
/// tables, extended inline tables, bad escapes, leading zeros, invalid UTF-8, control
/// characters, …) with a line and column.
///
/// Numbers are never converted to Double: an integer or float keeps its source text
/// (underscores removed) and its kind, so that "0.9" can be read as exactly 9/10.
/// Dates and times are validated and kept as written.
struct TOML {
    enum Value: Equatable {
        case string(String)
        /// An integer as written, without underscores: "-17", "+3", "0xDEADBEEF", "0o755",
        /// "0b1101". Always within the 64-bit signed range (TOML requires it).
        case integer(String)
        /// A float as written, without underscores: "0.9", "-6.626e-34", "inf", "-nan".
        case float(String)
        case boolean(Bool)
        /// "1979-05-27T07:32:00Z", "1979-05-27 07:32:00.5+01:00" (as written, validated).
        case offsetDateTime(String)
        /// "1979-05-27T07:32:00".
        case localDateTime(String)
        /// "1979-05-27".
        case localDate(String)
        /// "07:32:00.999".
        case localTime(String)
        case array([Value])
        case table(Table)

        /// An integer's value (hex, octal and binary included).
        var integerValue: Int64? {
            guard case .integer(let t) = self else { return nil }
            return TOML.integerValue(t)
        }

        /// An integer or float as plain decimal text for an exact reading ("0x10" → "16",
        /// "+0.5" → "0.5"); nil for other values.
        var numberText: String? {
            switch self {
            case .integer(let t): return TOML.integerValue(t).map { String($0) }
            case .float(let t): return t.hasPrefix("+") ? String(t.dropFirst()) : t
            default: return nil
            }
        }
    }

    /// A value with the line of its key (of its header for a `[table]`).
    struct Entry: Equatable {
        var value: Value
        var line: Int
    }

    /// A table: its keys in the order they were defined.
    struct Table: Equatable {
        /// The line of its header, or of the key that made it.
        var line: Int
        private(set) var keys: [String] = []
        private(set) var entries: [String: Entry] = [:]

        init(line: Int) { self.line = line }

        subscript(key: String) -> Entry? { entries[key] }

        var ordered: [(key: String, entry: Entry)] { keys.map { ($0, entries[$0]!) } }

        mutating func append(_ key: String, _ entry: Entry) {
            if entries[key] == nil { keys.append(key) }
            entries[key] = entry
        }
    }

    struct ParseError: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The top-level table.
    let root: Table

    init(_ text: String) throws(ParseError) {
        try self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) throws(ParseError) {
        if let bad = Self.firstInvalidUTF8(bytes) {
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let start = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = 1 + bytes[start..<bad].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            throw ParseError(line: line, column: column, message: "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")
        }
        var p = Parser(bytes)
        root = try p.document()
    }

    // MARK: - Numbers

    /// The value of an integer's text (as kept in `Value.integer`).
    static func integerValue(_ t: String) -> Int64? {
        var s = Substring(t)
        var negative = false
        if s.first == "+" || s.first == "-" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        let radix: Int
        switch s.prefix(2) {
        case "0x": radix = 16
        case "0o": radix = 8
        case "0b": radix = 2
        default: radix = 10
        }
        if radix != 10 { s = s.dropFirst(2) }
        guard let magnitude = UInt64(s, radix: radix) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence (overlong
    /// forms, surrogates and code points above U+10FFFF are invalid), or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var cp: UInt32
            let least: UInt32
            if c & 0xE0 == 0xC0 {
                need = 1; cp = UInt32(c & 0x1F); least = 0x80
            } else if c & 0xF0 == 0xE0 {
                need = 2; cp = UInt32(c & 0x0F); least = 0x800
            } else if c & 0xF8 == 0xF0 {
                need = 3; cp = UInt32(c & 0x07); least = 0x10000
            } else {
                return i
            }
            for k in 1...need {
                guard i + k < b.count, b[i + k] & 0xC0 == 0x80 else { return i }
                cp = cp << 6 | UInt32(b[i + k] & 0x3F)
            }
            if cp < least || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            i += need + 1
        }
        return nil
    }
}

// MARK: - The parser

extension TOML {
    /// A table while the document is read. `state` says how it was made, which decides
    /// what may still add to it.
    final class Node {
        enum State {
            /// Made as a parent by a header ([a.b] makes a): may be defined once by [a].
            case implicit
            /// Defined by a header or as an element of an array of tables.
            case header
            /// Made by a dotted key (a.b = 1 makes a): more dotted keys may add to it, a
            /// header may not define it (but may define tables under it).
            case dotted
        }

        enum Slot {
            /// A finished value: scalars, static arrays and inline tables (never extended).
            case value(Value, line: Int)
            case table(Node)
            /// Made by [[a]]; headers under a go into its last element.
            case tableArray([Node], line: Int)
        }

        var state: State
        var line: Int
        var keys: [String] = []
        var items: [String: Slot] = [:]

        init(_ state: State, line: Int) {
            self.state = state
            self.line = line
        }

        func set(_ key: String, _ slot: Slot) {
            if items[key] == nil { keys.append(key) }
            items[key] = slot
        }

        var table: Table {
            var t = Table(line: line)
            for k in keys {
                switch items[k]! {
                case .value(let v, let line): t.append(k, Entry(value: v, line: line))
                case .table(let n): t.append(k, Entry(value: .table(n.table), line: n.line))
                case .tableArray(let ns, let line): t.append(k, Entry(value: .array(ns.map { .table($0.table) }), line: line))
                }
            }
            return t
        }
    }

    struct Parser {
        let b: [UInt8]
        var i = 0
        var line = 1
        var lineStart = 0

        static let maxDepth = 100

        init(_ b: [UInt8]) { self.b = b }

        var peek: UInt8? { i < b.count ? b[i] : nil }
        func peek(_ k: Int) -> UInt8? { i + k < b.count ? b[i + k] : nil }

        mutating func bump(_ n: Int = 1) {
            for _ in 0..<n {
                if b[i] == 0x0A {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
        }

        /// The column (in Unicode scalars) of offset `at` on the line starting at `start`.
        func column(_ at: Int, lineStart start: Int) -> Int {
            var c = 1
            var k = start
            while k < at && k < b.count {
                if b[k] & 0xC0 != 0x80 { c += 1 }
                k += 1
            }
            return c
        }

        func error(_ m: String) -> ParseError { error(m, at: mark) }

        /// A place, for errors reported later (its column is counted only then).
        struct Mark {
            var line: Int
            var lineStart: Int
            var offset: Int
        }

        var mark: Mark { Mark(line: line, lineStart: lineStart, offset: i) }

        func error(_ m: String, at mark: Mark) -> ParseError {
            ParseError(line: mark.line, column: column(mark.offset, lineStart: mark.lineStart), message: m)
        }

        /// The character at the current offset, for messages: "'x'", "a line break", "the
        /// control character U+0000", "'ã' (U+00E3)".
        var here: String {
            guard let c = peek else { return "the end of the text" }
            switch c {
            case 0x0A: return "a line break"
            case 0x0D: return "a carriage return"
            case 0x09: return "a tab"
            case 0x20...0x7E: return "'\(Character(Unicode.Scalar(c)))'"
            case 0x80...:
                var n = 1
                while i + n < b.count && n < 4 && b[i + n] & 0xC0 == 0x80 { n += 1 }
                let s = String(decoding: b[i..<(i + n)], as: UTF8.self)
                return "'\(s)' (U+\(Self.format4(s.unicodeScalars.first!.value)))"
            default: return "the control character U+\(Self.format4(UInt32(c)))"
            }
        }

        static func format4(_ v: UInt32) -> String {
            let h = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - h.count)) + h
        }

        static func isControl(_ c: UInt8) -> Bool { (c < 0x20 && c != 0x09) || c == 0x7F }

        // MARK: Document, lines, comments

        mutating func document() throws(ParseError) -> Table {
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
            let root = Node(.implicit, line: 1)
            var current = root
            while true {
                skipSpaces()
                guard let c = peek else { break }
                switch c {
                case UInt8(ascii: "#"), 0x0A, 0x0D:
                    break
                case UInt8(ascii: "["):
                    current = try header(root)
                default:
                    try keyValue(into: current)
                }
                try endOfLine()
            }
            return root.table
        }

        mutating func skipSpaces() {
            while let c = peek, c == 0x20 || c == 0x09 { bump() }
        }

        /// A comment (from '#') up to, not including, the end of the line.
        mutating func comment() throws(ParseError) {
            bump()
            while let c = peek, c != 0x0A {
                if c == 0x0D && peek(1) == 0x0A { return }
                if Self.isControl(c) { throw error("\(here) in a comment") }
                bump()
            }
        }

        /// A line break (LF or CRLF).
        mutating func newline() throws(ParseError) {
            if peek == 0x0A {
                bump()
            } else if peek == 0x0D && peek(1) == 0x0A {
                bump(2)
            } else {
                throw error("a carriage return must be followed by a line feed")
            }
        }

        /// Spaces, an optional comment, then a line break or the end of the text.
        mutating func endOfLine() throws(ParseError) {
            skipSpaces()
            if peek == UInt8(ascii: "#") { try comment() }
            guard let c = peek else { return }
            guard c == 0x0A || c == 0x0D else { throw error("expected the end of the line, found \(here) (one key = value or [table] per line)") }
            try newline()
        }

        /// Spaces, line breaks and comments (inside arrays).
        mutating func skipBlank() throws(ParseError) {
            while let c = peek {
                switch c {
                case 0x20, 0x09: bump()
                case 0x0A, 0x0D: try newline()
                case UInt8(ascii: "#"): try comment()
                default: return
                }
            }
        }

        // MARK: Keys

        static func isBareKey(_ c: UInt8) -> Bool {
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
        }

        mutating func simpleKey() throws(ParseError) -> String {
            guard let c = peek else { throw error("expected a key, found the end of the text") }
            if c == UInt8(ascii: "\"") {
                if peek(1) == c && peek(2) == c { throw error("a key cannot be a multi-line string") }
                return try basicString()
            }
            if c == UInt8(ascii: "'") {
                if peek(1) == c && peek(2) == c { throw error("a key cannot be a multi-line string") }
                return try literalString()
            }
            let start = i
            while let d = peek, Self.isBareKey(d) { bump() }
            guard i > start else { throw error("expected a key (letters, digits, '_', '-', or a quoted key), found \(here)") }
            return String(decoding: b[start..<i], as: UTF8.self)
        }

        /// A dotted key: a.b."c d".
        mutating func key() throws(ParseError) -> [String] {
            var parts = [try simpleKey()]
            while true {
                skipSpaces()
                guard peek == UInt8(ascii: ".") else { return parts }
                bump()
                skipSpaces()
                parts.append(try simpleKey())
            }
        }

        static func dotted(_ parts: [String]) -> String {
            parts.map { p in
                !p.isEmpty && p.utf8.allSatisfy(isBareKey) ? p : "\"" + p.flatMap { $0 == "\"" ? ["\\", "\""] : [$0] } + "\""
            }.joined(separator: ".")
        }

        // MARK: Tables

        /// `[a.b]` or `[[a.b]]`: the table that the following keys go into.
        mutating func header(_ root: Node) throws(ParseError) -> Node {
            let at = mark
            bump()
            let isArray = peek == UInt8(ascii: "[")
            if isArray { bump() }
            skipSpaces()
            let parts = try key()
            skipSpaces()
            guard peek == UInt8(ascii: "]") else { throw error("expected ']' to close the table name") }
            bump()
            if isArray {
                guard peek == UInt8(ascii: "]") else { throw error("expected ']]' to close the array-of-tables name") }
                bump()
            }
            let name = Self.dotted(parts)
            var t = root
            for (n, k) in parts.dropLast().enumerated() {
                let path = Self.dotted(Array(parts[...n]))
                switch t.items[k] {
                case nil:
                    let child = Node(.implicit, line: at.line)
                    t.set(k, .table(child))
                    t = child
                case .table(let child): t = child
                case .tableArray(let ns, _): t = ns[ns.count - 1]
                case .value(.table, _): throw error("[\(name)]: '\(path)' is an inline table, which cannot be extended", at: at)
                case .value(.array, _): throw error("[\(name)]: '\(path)' is an array value, not an array of tables", at: at)
                case .value: throw error("[\(name)]: '\(path)' is already a value, not a table", at: at)
                }
            }
            let last = parts[parts.count - 1]
            if isArray {
                let element = Node(.header, line: at.line)
                switch t.items[last] {
                case nil: t.set(last, .tableArray([element], line: at.line))
                case .tableArray(let ns, let l): t.set(last, .tableArray(ns + [element], line: l))
                case .table: throw error("[[\(name)]]: '\(name)' is already a table, not an array of tables", at: at)
                case .value(.array, _): throw error("[[\(name)]]: '\(name)' is an array value, which cannot be extended", at: at)
                case .value: throw error("[[\(name)]]: '\(name)' is already a value", at: at)
                }
                return element
            }
            switch t.items[last] {
            case nil:
                let child = Node(.header, line: at.line)
                t.set(last, .table(child))
                return child
            case .table(let child):
                switch child.state {
                case .implicit:
                    child.state = .header
                    child.line = at.line
                    return child
                case .header: throw error("table [\(name)] is defined twice", at: at)
                case .dotted: throw error("table [\(name)] is already defined by dotted keys", at: at)
                }
            case .tableArray: throw error("[\(name)]: '\(name)' is an array of tables; write [[\(name)]] for another element", at: at)
            case .value(.table, _): throw error("[\(name)]: '\(name)' is already an inline table", at: at)
            case .value: throw error("[\(name)]: '\(name)' is already a value", at: at)
            }
        }

        /// `key = value` into `table` (dotted keys make or extend the tables on the way).
        mutating func keyValue(into table: Node, depth: Int = 0) throws(ParseError) {
            let at = mark
            let parts = try key()
            skipSpaces()
            guard peek == UInt8(ascii: "=") else {
                throw error("expected '=' after the key '\(Self.dotted(parts))', found \(here)")
            }
            bump()
            skipSpaces()
            let value = try self.value(depth: depth)
            var t = table
            for (n, k) in parts.dropLast().enumerated() {
                let path = Self.dotted(Array(parts[...n]))
                switch t.items[k] {
                case nil:
                    let child = Node(.dotted, line: at.line)
                    t.set(k, .table(child))
                    t = child
                case .table(let child):
                    guard child.state != .header else {
                        throw error("key '\(Self.dotted(parts))': table '\(path)' is defined by a [header]; add keys under that header", at: at)
                    }
                    child.state = .dotted
                    t = child
                case .tableArray: throw error("key '\(Self.dotted(parts))': '\(path)' is an array of tables", at: at)
                case .value(.table, _): throw error("key '\(Self.dotted(parts))': '\(path)' is an inline table, which cannot be extended", at: at)
                case .value: throw error("key '\(Self.dotted(parts))': '\(path)' is already a value, not a table", at: at)
                }
            }
            let last = parts[parts.count - 1]
            guard t.items[last] == nil else { throw error("key '\(Self.dotted(parts))' is defined twice", at: at) }
            t.set(last, .value(value, line: at.line))
        }

        // MARK: Values

        mutating func value(depth: Int) throws(ParseError) -> Value {
            guard depth < Self.maxDepth else { throw error("arrays or inline tables nested too deeply") }
            guard let c = peek else { throw error("expected a value, found the end of the text") }
            switch c {
            case UInt8(ascii: "\""):
                return .string(peek(1) == c && peek(2) == c ? try multilineBasicString() : try basicString())
            case UInt8(ascii: "'"):
                return .string(peek(1) == c && peek(2) == c ? try multilineLiteralString() : try literalString())
            case UInt8(ascii: "["):
                return try array(depth: depth)
            case UInt8(ascii: "{"):
                return try inlineTable(depth: depth)
            default:
                return try scalar()
            }
        }

        mutating func array(depth: Int) throws(ParseError) -> Value {
            bump()
            var items: [Value] = []
            while true {
                try skipBlank()
                if peek == UInt8(ascii: "]") {
                    bump()
                    return .array(items)
                }
                items.append(try value(depth: depth + 1))
                try skipBlank()
                switch peek {
                case UInt8(ascii: ","): bump()
                case UInt8(ascii: "]"):
                    bump()
                    return .array(items)
                case .some: throw error("expected ',' or ']' in the array, found \(here)")
                case nil: throw error("unterminated array: expected ']'")
                }
            }
        }

        mutating func inlineTable(depth: Int) throws(ParseError) -> Value {
            let node = Node(.dotted, line: line)
            bump()
            skipSpaces()
            if peek == UInt8(ascii: "}") {
                bump()
                return .table(node.table)
            }
            while true {
                skipSpaces()
                try keyValue(into: node, depth: depth + 1)
                skipSpaces()
                switch peek {
                case UInt8(ascii: ","): bump()
                case UInt8(ascii: "}"):
                    bump()
                    return .table(node.table)
                case .some: throw error("expected ',' or '}' in the inline table (it stays on one line, without a trailing comma), found \(here)")
                case nil: throw error("unterminated inline table: expected '}'")
                }
            }
        }

        // MARK: Strings

        mutating func basicString() throws(ParseError) -> String {
            bump()
            var out: [UInt8] = []
            while true {
                guard let c = peek else { throw error("unterminated string: expected '\"'") }
                switch c {
                case UInt8(ascii: "\""):
                    bump()
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"): try escape(into: &out, multiline: false)
                case 0x0A, 0x0D: throw error("unterminated string: a line break before the closing '\"' (use \"\"\" for several lines)")
                default:
                    guard !Self.isControl(c) else { throw error("\(here) in a string; write it as an escape") }
                    out.append(c)
                    bump()
                }
            }
        }

        mutating func multilineBasicString() throws(ParseError) -> String {
            bump(3)
            if peek == 0x0A || (peek == 0x0D && peek(1) == 0x0A) { try newline() }
            var out: [UInt8] = []
            while true {
                guard let c = peek else { throw error("unterminated string: expected '\"\"\"'") }
                switch c {
                case UInt8(ascii: "\""):
                    if let s = try closingQuotes(c, into: &out) { return s }
                case UInt8(ascii: "\\"): try escape(into: &out, multiline: true)
                case 0x0A, 0x0D:
                    try newline()
                    out.append(0x0A)
                default:
                    guard !Self.isControl(c) else { throw error("\(here) in a string; write it as an escape") }
                    out.append(c)
                    bump()
                }
            }
        }

        /// A run of quotes in a multi-line string: fewer than three are text; three to five
        /// close it (the first one or two being text); more are an error.
        mutating func closingQuotes(_ q: UInt8, into out: inout [UInt8]) throws(ParseError) -> String? {
            var n = 0
            while peek(n) == q { n += 1 }
            if n < 3 {
                out += Array(repeating: q, count: n)
                bump(n)
                return nil
            }
            guard n <= 5 else { throw error("too many quotes: a multi-line string holds at most two in a row before its closing three") }
            out += Array(repeating: q, count: n - 3)
            bump(n)
            return String(decoding: out, as: UTF8.self)
        }

        mutating func literalString() throws(ParseError) -> String {
            bump()
            var out: [UInt8] = []
            while true {
                guard let c = peek else { throw error("unterminated string: expected \"'\"") }
                switch c {
                case UInt8(ascii: "'"):
                    bump()
                    return String(decoding: out, as: UTF8.self)
                case 0x0A, 0x0D: throw error("unterminated string: a line break before the closing \"'\" (use ''' for several lines)")
                default:
                    guard !Self.isControl(c) else { throw error("\(here) in a literal string") }
                    out.append(c)
                    bump()
                }
            }
        }

        mutating func multilineLiteralString() throws(ParseError) -> String {
            bump(3)
            if peek == 0x0A || (peek == 0x0D && peek(1) == 0x0A) { try newline() }
            var out: [UInt8] = []
            while true {
                guard let c = peek else { throw error("unterminated string: expected \"'''\"") }
                switch c {
                case UInt8(ascii: "'"):
                    if let s = try closingQuotes(c, into: &out) { return s }
                case 0x0A, 0x0D:
                    try newline()
                    out.append(0x0A)
                default:
                    guard !Self.isControl(c) else { throw error("\(here) in a literal string") }
                    out.append(c)
                    bump()
                }
            }
        }

        /// An escape after '\': \b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX, and in multi-line
        /// strings a backslash ending a line (which drops the line break and the blanks after it).
        mutating func escape(into out: inout [UInt8], multiline: Bool) throws(ParseError) {
            let at = mark
            bump()
            guard let e = peek else { throw error("unterminated string after '\\'") }
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "f"): 0x0C,
                UInt8(ascii: "r"): 0x0D, UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C,
            ]
            if let s = simple[e] {
                out.append(s)
                bump()
                return
            }
            if e == UInt8(ascii: "u") || e == UInt8(ascii: "U") {
                let n = e == UInt8(ascii: "u") ? 4 : 8
                bump()
                var v: UInt32 = 0
                for _ in 0..<n {
                    guard let h = peek, let d = Self.hexDigit(h) else {
                        throw error("\\\(Character(Unicode.Scalar(e))) needs exactly \(n) hex digits", at: at)
                    }
                    v = v << 4 | d
                    bump()
                }
                guard let scalar = Unicode.Scalar(v) else {
                    throw error("\\\(Character(Unicode.Scalar(e)))\(Self.format4(v)) is not a Unicode scalar value (a surrogate or above 10FFFF)", at: at)
                }
                out += Array(String(Character(scalar)).utf8)
                return
            }
            if multiline && (e == 0x20 || e == 0x09 || e == 0x0A || e == 0x0D) {
                skipSpaces()
                guard peek == 0x0A || peek == 0x0D else {
                    throw error("a '\\' followed by spaces must end the line (line-ending backslash)", at: at)
                }
                while let c = peek {
                    if c == 0x20 || c == 0x09 {
                        bump()
                    } else if c == 0x0A || c == 0x0D {
                        try newline()
                    } else {
                        break
                    }
                }
                return
            }
            throw error("invalid escape '\\\(e < 0x80 && !Self.isControl(e) ? String(Character(Unicode.Scalar(e))) : "…")' (valid: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", at: at)
        }

        static func hexDigit(_ c: UInt8) -> UInt32? {
            switch c {
            case 0x30...0x39: return UInt32(c - 0x30)
            case 0x41...0x46: return UInt32(c - 0x41 + 10)
            case 0x61...0x66: return UInt32(c - 0x61 + 10)
            default: return nil
            }
        }

        // MARK: Numbers, booleans, dates and times

        /// Characters of a bare value: numbers, true/false, dates and times (and '/', only so
        /// that "9/10" is reported as one value).
        static func isScalarChar(_ c: UInt8) -> Bool {
            isBareKey(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "/")
        }

        static func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

        mutating func scalar() throws(ParseError) -> Value {
            let at = mark
            let start = i
            while let c = peek, Self.isScalarChar(c) { bump() }
            guard i > start else { throw error("expected a value, found \(here)") }
            var text = String(decoding: b[start..<i], as: UTF8.self)
            // A date and a time may be separated by one space.
            if text.utf8.count == 10, Self.isDate(Array(text.utf8)), peek == 0x20, Self.isDigit(peek(1)), Self.isDigit(peek(2)),
                peek(3) == UInt8(ascii: ":")
            {
                bump()
                let timeStart = i
                while let c = peek, Self.isScalarChar(c) { bump() }
                text += " " + String(decoding: b[timeStart..<i], as: UTF8.self)
            }
            if text == "true" { return .boolean(true) }
            if text == "false" { return .boolean(false) }
            if text.contains(":") || (text.utf8.count >= 10 && Self.isDate(Array(text.utf8.prefix(10)))) {
                return try dateTime(text, at: at)
            }
            return try number(text, at: at)
        }

        func invalid(_ text: String, _ why: String, at: Mark) -> ParseError {
            if text.contains("/") {
                return error("'\(text)' is not a TOML value; write a fraction as a string: \"\(text)\"", at: at)
            }
            return error("'\(text)' is not a TOML value: \(why)", at: at)
        }

        /// Digits with single underscores between them ("1_000"), for the given digit test.
        static func digitGroup(_ s: ArraySlice<UInt8>, _ isDigit: (UInt8) -> Bool) -> Bool {
            guard let f = s.first, let l = s.last, isDigit(f), isDigit(l) else { return false }
            var previousUnderscore = false
            for c in s {
                if c == UInt8(ascii: "_") {
                    if previousUnderscore { return false }
                    previousUnderscore = true
                } else {
                    guard isDigit(c) else { return false }
                    previousUnderscore = false
                }
            }
            return true
        }

        func number(_ text: String, at: Mark) throws(ParseError) -> Value {
            var u = Array(text.utf8)[...]
            let signed = u.first == UInt8(ascii: "+") || u.first == UInt8(ascii: "-")
            if signed { u = u.dropFirst() }
            if u.elementsEqual("inf".utf8) || u.elementsEqual("nan".utf8) { return .float(text) }
            let clean = text.filter { $0 != "_" }
            let decimal: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
            let notAValue = "expected a string (in quotes), a number, true/false, a date/time, an array or an inline table"
            if u.count > 2, u.first == UInt8(ascii: "0"), let radix = [UInt8(ascii: "x"), UInt8(ascii: "o"), UInt8(ascii: "b")].firstIndex(of: u[u.startIndex + 1]) {
                guard !signed else { throw invalid(text, "hex, octal and binary integers take no sign", at: at) }
                let digit: (UInt8) -> Bool
                switch radix {
                case 0: digit = { Self.hexDigit($0) != nil }
                case 1: digit = { $0 >= 0x30 && $0 <= 0x37 }
                default: digit = { $0 == 0x30 || $0 == 0x31 }
                }
                guard Self.digitGroup(u.dropFirst(2), digit) else {
                    throw invalid(text, "bad digits (underscores go between digits)", at: at)
                }
                guard TOML.integerValue(clean) != nil else { throw invalid(text, "the integer does not fit in 64 bits", at: at) }
                return .integer(clean)
            }
            // Decimal: int-part [. digits] [e [sign] digits].
            func run(from k: Int) -> Int {
                var j = k
                while j < u.endIndex && (decimal(u[j]) || u[j] == UInt8(ascii: "_")) { j += 1 }
                return j
            }
            var k = run(from: u.startIndex)
            let intPart = u[u.startIndex..<k]
            guard Self.digitGroup(intPart, decimal) else { throw invalid(text, notAValue, at: at) }
            if intPart.count > 1 && intPart.first == UInt8(ascii: "0") {
                throw invalid(text, "leading zeros are not allowed", at: at)
            }
            var isFloat = false
            if k < u.endIndex && u[k] == UInt8(ascii: ".") {
                isFloat = true
                let end = run(from: k + 1)
                guard Self.digitGroup(u[(k + 1)..<end], decimal) else {
                    throw invalid(text, "a decimal point needs digits on both sides", at: at)
                }
                k = end
            }
            if k < u.endIndex && (u[k] == UInt8(ascii: "e") || u[k] == UInt8(ascii: "E")) {
                isFloat = true
                k += 1
                if k < u.endIndex && (u[k] == UInt8(ascii: "+") || u[k] == UInt8(ascii: "-")) { k += 1 }
                let end = run(from: k)
                guard Self.digitGroup(u[k..<end], decimal) else { throw invalid(text, "an exponent needs digits", at: at) }
                k = end
            }
            guard k == u.endIndex else { throw invalid(text, notAValue, at: at) }
            if isFloat { return .float(clean) }
            guard TOML.integerValue(clean) != nil else { throw invalid(text, "the integer does not fit in 64 bits", at: at) }
            return .integer(clean)
        }

        /// YYYY-MM-DD (digits and dashes only; the values are checked by `dateTime`).
        static func isDate(_ u: [UInt8]) -> Bool {
            u.count == 10 && u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-")
                && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { isDigit(u[$0]) }
        }

        static func twoDigits(_ u: [UInt8], _ k: Int) -> Int? {
            guard k + 1 < u.count, isDigit(u[k]), isDigit(u[k + 1]) else { return nil }
            return Int(u[k] - 0x30) * 10 + Int(u[k + 1] - 0x30)
        }

        func dateTime(_ text: String, at: Mark) throws(ParseError) -> Value {
            let u = Array(text.utf8)
            func bad(_ why: String) -> ParseError { error("'\(text)' is not a valid date or time: \(why)", at: at) }
            /// HH:MM:SS[.fraction] from k; returns the offset after it.
            func time(_ k: Int) throws(ParseError) -> Int {
                guard let h = Self.twoDigits(u, k), k + 2 < u.count, u[k + 2] == UInt8(ascii: ":"),
                    let m = Self.twoDigits(u, k + 3), k + 5 < u.count, u[k + 5] == UInt8(ascii: ":"),
                    let s = Self.twoDigits(u, k + 6)
                else { throw bad("expected a time HH:MM:SS") }
                guard h <= 23, m <= 59, s <= 60 else { throw bad("hour, minute or second out of range") }
                var j = k + 8
                if j < u.count && u[j] == UInt8(ascii: ".") {
                    j += 1
                    let start = j
                    while j < u.count && Self.isDigit(u[j]) { j += 1 }
                    guard j > start else { throw bad("a decimal point in the seconds needs digits") }
                }
                return j
            }
            if u.count >= 10 && Self.isDate(Array(u.prefix(10))) {
                let year = Int(text.prefix(4))!
                let month = Self.twoDigits(u, 5)!
                let day = Self.twoDigits(u, 8)!
                let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
                guard month >= 1 && month <= 12 else { throw bad("month out of range") }
                guard day >= 1 && day <= days[month - 1] else { throw bad("day out of range") }
                if u.count == 10 { return .localDate(text) }
                guard [UInt8(ascii: "T"), UInt8(ascii: "t"), 0x20].contains(u[10]) else { throw bad("expected 'T' between the date and the time") }
                var j = try time(11)
                if j == u.count { return .localDateTime(text) }
                if u[j] == UInt8(ascii: "Z") || u[j] == UInt8(ascii: "z") {
                    j += 1
                } else if u[j] == UInt8(ascii: "+") || u[j] == UInt8(ascii: "-") {
                    guard let oh = Self.twoDigits(u, j + 1), j + 3 < u.count, u[j + 3] == UInt8(ascii: ":"),
                        let om = Self.twoDigits(u, j + 4)
                    else { throw bad("expected an offset Z or ±HH:MM") }
                    guard oh <= 23, om <= 59 else { throw bad("offset out of range") }
                    j += 6
                } else {
                    throw bad("expected an offset Z or ±HH:MM after the time")
                }
                guard j == u.count else { throw bad("unexpected text after the offset") }
                return .offsetDateTime(text)
            }
            let j = try time(0)
            guard j == u.count else { throw bad("unexpected text after the time (a time alone has no offset)") }
            return .localTime(text)
        }
    }
}
