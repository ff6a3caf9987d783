/// The subset of TOML that claim files use: `key = value` pairs, `[table]` headers,
/// comments, basic ("…") and literal ('…') strings, bare scalars (numbers, true/false —
/// kept as their exact source text, never converted to Double), and arrays of those,
/// possibly over several lines with a trailing comma. Anything else is rejected with its
/// line and column rather than guessed at.
struct MiniTOML {
    enum Value: Equatable {
        case string(String)
        /// A bare scalar exactly as written: "0.9", "3", "true".
        case bare(String)
        case array([Value])
    }

    struct Entry {
        var value: Value
        var line: Int
    }

    struct ParseError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// Top-level keys under "", table keys under the table's name.
    private(set) var tables: [String: [String: Entry]] = ["": [:]]
    private(set) var tableLines: [String: Int] = [:]

    init(_ text: String) throws(ParseError) {
        var p = Cursor(Array(text.unicodeScalars))
        var table = ""
        while true {
            p.skipBlankAndComments()
            guard let c = p.peek else { break }
            if c == "[" {
                let line = p.line
                p.advance()
                p.skipSpaces()
                let name = try p.key()
                p.skipSpaces()
                guard p.peek == "]" else { throw p.error("expected ']' to close the table name") }
                p.advance()
                try p.endOfLine()
                guard tables[name] == nil else { throw ParseError(line: line, column: 1, message: "table [\(name)] defined twice") }
                tables[name] = [:]
                tableLines[name] = line
                table = name
                continue
            }
            let line = p.line
            let column = p.column
            let key = try p.key()
            p.skipSpaces()
            guard p.peek == "=" else { throw p.error("expected '=' after key '\(key)'") }
            p.advance()
            p.skipSpaces()
            let value = try p.value(depth: 0)
            try p.endOfLine()
            if tables[table]?[key] != nil {
                throw ParseError(line: line, column: column, message: "key '\(key)' defined twice")
            }
            tables[table, default: [:]][key] = Entry(value: value, line: line)
        }
    }

    struct Cursor {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var column = 1

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

        mutating func advance() {
            if s[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }

        func error(_ m: String) -> ParseError { ParseError(line: line, column: column, message: m) }

        mutating func skipSpaces() {
            while let c = peek, c == " " || c == "\t" { advance() }
        }

        mutating func skipBlankAndComments() {
            while let c = peek {
                if c == " " || c == "\t" || c == "\n" || c == "\r" {
                    advance()
                } else if c == "#" {
                    while let d = peek, d != "\n" { advance() }
                } else {
                    return
                }
            }
        }

        mutating func endOfLine() throws(ParseError) {
            skipSpaces()
            if peek == "#" { while let d = peek, d != "\n" { advance() } }
            if peek == "\r" { advance() }
            guard peek == nil || peek == "\n" else { throw error("unexpected text after the value") }
        }

        static func isBare(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
        }

        mutating func key() throws(ParseError) -> String {
            if peek == "\"" || peek == "'" { return try string() }
            var out = ""
            while let c = peek, Self.isBare(c) {
                out.unicodeScalars.append(c)
                advance()
            }
            guard !out.isEmpty else { throw error("expected a key (letters, digits, '_' or '-')") }
            return out
        }

        mutating func string() throws(ParseError) -> String {
            guard let quote = peek else { throw error("expected a string") }
            let literal = quote == "'"
            advance()
            var out = ""
            while true {
                guard let c = peek, c != "\n" else { throw error("unterminated string") }
                advance()
                if c == quote { return out }
                if c == "\\" && !literal {
                    guard let e = peek else { throw error("unterminated string") }
                    advance()
                    switch e {
                    case "\"": out += "\""
                    case "\\": out += "\\"
                    case "n": out += "\n"
                    case "t": out += "\t"
                    default: throw error("unsupported escape '\\\(e)'")
                    }
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }

        mutating func value(depth: Int) throws(ParseError) -> Value {
            guard depth < 32 else { throw error("arrays nested too deeply") }
            guard let c = peek else { throw error("expected a value") }
            if c == "\"" || c == "'" { return .string(try string()) }
            if c == "[" {
                advance()
                var items: [Value] = []
                while true {
                    skipBlankAndComments()
                    if peek == "]" {
                        advance()
                        return .array(items)
                    }
                    items.append(try value(depth: depth + 1))
                    skipBlankAndComments()
                    if peek == "," {
                        advance()
                        continue
                    }
                    guard peek == "]" else { throw error("expected ',' or ']' in the array") }
                }
            }
            var out = ""
            while let d = peek, Self.isBare(d) || d == "." || d == "+" || d == "/" {
                out.unicodeScalars.append(d)
                advance()
            }
            guard !out.isEmpty else {
                throw error("expected a string, a number, true/false or an array (other TOML forms are not used in claim files)")
            }
            return .bare(out)
        }
    }
}
