import Foundation
import Symbolic
public import Verification

/// A malformed claim file: one line naming the file, the line and the field.
public struct ClaimFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let field: String?
    public let message: String

    public var description: String {
        var s = file
        if let l = line { s += ":\(l)" }
        if let f = field { s += ": field '\(f)'" }
        return s + ": " + message.replacingOccurrences(of: "\n", with: " ")
    }
}

/// Claim files: a TOML 1.0 description of one claim for people who do not write Swift. Tables
/// may be [sections], inline tables (`objective = { class = "convex", points = ["x"] }`) or
/// dotted keys (`objective.class = "convex"`); numbers are read from their exact text.
///
/// ```toml
/// name = "Lion box invariant"
/// kind = "forall"                 # or "exists"
/// dim = "any"                     # or 3, or [1, 2]
/// dim_fallback = [1, 2]           # with "any": dimensions checked if the claim does not separate
/// state = ["x: vector", "m: vector", "g: vector"]
/// define = ["mt = beta1*m - (1 - beta1)*g", "xn = x + eps*(grad_K(mt) - lam*x)"]
/// hypotheses = ["norminf(lam*x) <= 1", "eps*lam <= 1"]
/// goal = "norminf(lam*xn) <= 1"
///
/// [params]
/// eps = "(0, inf)"
/// lam = "(0, inf)"
/// beta1 = "[0, 1]"
///
/// [kappa]                         # optional: K(e), grad_K(e), Kstar(e), in_domKstar(e), grad_Kstar(e)
/// name = "l1"                     # a catalogue κ, or K = "…" with variable, grad, conjugate, domain
///
/// [objective]                     # optional: f(p), grad_f(p) at the named points
/// class = "l-smooth"              # expression, quadratic, l-smooth, convex-l-smooth, strongly-convex, convex
/// points = ["x", "xn"]
/// L = "L"
/// ```
///
/// Fields: name, kind, dim, dim_fallback, state, define, hypotheses, goal; tables [params], [objective]
/// (class, points, L, mu, expression, variable, hessian) and [kappa] (name, or K, variable,
/// grad, conjugate, domain). See docs/claim-files.md.
public enum ClaimFile {
    static let fields: Set<String> = ["name", "kind", "dim", "dim_fallback", "state", "define", "hypotheses", "goal", "lemmas"]
    static let tables: Set<String> = ["params", "objective", "kappa", "dynamics", "unknowns"]
    static let objectiveFields: Set<String> = ["class", "points", "L", "mu", "expression", "variable", "hessian"]
    static let kappaFields: Set<String> = ["name", "K", "variable", "grad", "conjugate", "domain"]
    /// The functions [objective] and [kappa] make available in the claim text.
    static let objectiveFunctions = ["f", "grad_f"]
    static let kappaFunctions = ["K", "grad_K", "Kstar", "in_domKstar", "grad_Kstar"]

    /// The names in a claim file's [unknowns] table (in order; empty without one).
    public static func unknownNames(text: String) -> [String] {
        guard let toml = try? TOML(text), case .table(let t)? = toml.root["unknowns"]?.value else { return [] }
        return t.ordered.map(\.key)
    }

    /// Reads and parses a claim file (at most 1 MB).
    public static func load(path: String) throws(ClaimFileError) -> Claim { try loadWithNotes(path: path).claim }

    /// Reads and parses a claim file, with one-line notes for reports (what the function
    /// class's hypotheses mean: exact or a relaxation).
    public static func loadWithNotes(path: String) throws(ClaimFileError) -> (claim: Claim, notes: [String]) {
        try loadWithNotes(path: path, depth: 0)
    }

    /// `depth`: how many lemma files deep this file is.
    static func loadWithNotes(path: String, depth: Int) throws(ClaimFileError) -> (claim: Claim, notes: [String]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ClaimFileError(file: path, line: nil, field: nil, message: "no such file")
        }
        guard !isDir.boolValue else {
            throw ClaimFileError(file: path, line: nil, field: nil, message: "is a directory, not a claim file")
        }
        guard let attrs = try? fm.attributesOfItem(atPath: path), let size = attrs[.size] as? NSNumber,
            size.intValue <= 1 << 20
        else {
            throw ClaimFileError(file: path, line: nil, field: nil, message: "unreadable or larger than 1 MB")
        }
        guard let data = fm.contents(atPath: path) else {
            throw ClaimFileError(file: path, line: nil, field: nil, message: "unreadable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // The TOML reader names the line of the first invalid byte.
            var line: Int?
            do { _ = try TOML(bytes: Array(data)) } catch { line = error.line }
            throw ClaimFileError(file: path, line: line, field: nil, message: "not valid UTF-8 text")
        }
        return try parseWithNotes(text, file: path, depth: depth)
    }

    /// Parses the text of a claim file (lemma files are read relative to `file`'s folder).
    public static func parse(_ text: String, file: String = "<claim>") throws(ClaimFileError) -> Claim {
        try parseWithNotes(text, file: file).claim
    }

    /// Parses the text of a claim file, with one-line notes for reports (lemma files are
    /// read relative to `file`'s folder).
    public static func parseWithNotes(_ text: String, file: String = "<claim>") throws(ClaimFileError) -> (claim: Claim, notes: [String]) {
        try parseWithNotes(text, file: file, depth: 0)
    }

    static func parseWithNotes(_ text: String, file: String, depth: Int) throws(ClaimFileError) -> (claim: Claim, notes: [String]) {
        let toml: TOML
        do {
            toml = try TOML(text)
        } catch {
            throw ClaimFileError(file: file, line: error.line, field: nil, message: "column \(error.column): \(error.message)")
        }
        // Top-level fields, and the tables [params], [objective], [kappa] — written as
        // [table] sections, inline tables `objective = { … }` or dotted keys `objective.L = …`.
        var top: [String: TOML.Entry] = [:]
        var topKeys: [String] = []
        var tomlTables: [String: TOML.Table] = [:]
        for (key, entry) in toml.root.ordered {
            if case .table(let t) = entry.value {
                tomlTables[key] = t
            } else {
                top[key] = entry
                topKeys.append(key)
            }
        }
        func fail(_ field: String?, _ message: String) -> ClaimFileError {
            ClaimFileError(file: file, line: field.flatMap { top[$0]?.line }, field: field, message: message)
        }
        for (name, t) in tomlTables.sorted(by: { $0.key < $1.key }) where !tables.contains(name) {
            throw ClaimFileError(
                file: file, line: t.line, field: nil,
                message: "unknown table [\(name)] (known: \(tables.sorted().map { "[\($0)]" }.joined(separator: ", ")))")
        }
        for key in topKeys where !fields.contains(key) {
            let entry = top[key]!
            if tables.contains(key) {
                throw ClaimFileError(file: file, line: entry.line, field: key, message: "write it as a table: a line [\(key)] followed by its fields")
            }
            throw ClaimFileError(
                file: file, line: entry.line, field: key,
                message: "unknown field (known: \(fields.sorted().joined(separator: ", ")); tables [params], [unknowns], [objective], [kappa], [dynamics])")
        }
        func string(_ key: String, required: Bool) throws(ClaimFileError) -> String? {
            guard let e = top[key] else {
                if required { throw ClaimFileError(file: file, line: nil, field: key, message: "missing (required)") }
                return nil
            }
            guard case .string(let s) = e.value else { throw fail(key, "expected a string in quotes") }
            return s
        }
        func strings(_ key: String) throws(ClaimFileError) -> [String] {
            guard let e = top[key] else { return [] }
            switch e.value {
            case .string(let s): return [s]
            case .array(let items):
                var out: [String] = []
                for (i, item) in items.enumerated() {
                    guard case .string(let s) = item else { throw fail(key, "item \(i + 1): expected a string in quotes") }
                    out.append(s)
                }
                return out
            default: throw fail(key, "expected an array of strings")
            }
        }

        guard let name = try string("name", required: true), !name.isEmpty else { throw fail("name", "must not be empty") }
        let kindText = try string("kind", required: false) ?? "forall"
        guard let kind = ClaimKind(rawValue: kindText) else { throw fail("kind", "expected \"forall\" or \"exists\", got \"\(kindText)\"") }

        // Dimensions.
        var dims = DimensionScope.anyDimension
        if let e = top["dim"] {
            func dim(_ v: TOML.Value) throws(ClaimFileError) -> Int {
                guard let d = v.integerValue, d >= 1, d <= 64 else {
                    throw fail("dim", "expected \"any\", an integer between 1 and 64, or an array of them")
                }
                return Int(d)
            }
            switch e.value {
            case .string("any"): dims = .anyDimension
            case .array(let items):
                guard !items.isEmpty else { throw fail("dim", "the array of dimensions is empty") }
                var ds: [Int] = []
                for item in items { ds.append(try dim(item)) }
                dims = .fixed(ds)
            default: dims = .fixed([try dim(e.value)])
            }
        }
        // dim = "any": the dimensions checked when the claim does not separate by coordinate.
        if let e = top["dim_fallback"] {
            guard case .any = dims else { throw fail("dim_fallback", "only meaningful with dim = \"any\"") }
            guard case .array(let items) = e.value, !items.isEmpty else {
                throw fail("dim_fallback", "expected a non-empty array of dimensions, e.g. [1, 2]")
            }
            var ds: [Int] = []
            for item in items {
                guard let d = item.integerValue, d >= 1, d <= 64 else {
                    throw fail("dim_fallback", "expected integers between 1 and 64")
                }
                ds.append(Int(d))
            }
            dims = .any(fallback: ds)
        }

        // Parameters.
        var table = SymbolTable()
        var parameters: [Parameter] = []
        // [params], then [unknowns] (the coefficients `lionk synthesize` searches): both are
        // parameters of the claim, with their domain (for an unknown, its search interval).
        for tableName in ["params", "unknowns"] {
            guard let params = tomlTables[tableName] else { continue }
            for (pname, entry) in params.ordered {
                let text: String
                switch entry.value {
                case .string(let s): text = s
                case .integer, .float: text = entry.value.numberText!
                default:
                    throw ClaimFileError(
                        file: file, line: entry.line, field: "\(tableName).\(pname)",
                        message: "expected an exact value or an interval like \"[0, 1)\" (a fraction in quotes: \"9/10\")")
                }
                guard let dom = parseDomain(text) else {
                    if hasChainedFraction(text) {
                        throw ClaimFileError(
                            file: file, line: entry.line, field: "\(tableName).\(pname)",
                            message: "\"\(text)\": write each number as one fraction p/q (\"1/2/3\" is ambiguous; 1/6 is written \"1/6\")")
                    }
                    throw ClaimFileError(
                        file: file, line: entry.line, field: "\(tableName).\(pname)",
                        message: "expected an exact number (\"9/10\", \"0.99\") or an interval (\"[0, 1)\", \"(0, inf)\"), got \"\(text)\"")
                }
                guard !dom.isEmpty else {
                    throw ClaimFileError(file: file, line: entry.line, field: "\(tableName).\(pname)", message: "the interval \(text) is empty")
                }
                if tableName == "unknowns", dom.lower == nil || dom.upper == nil {
                    throw ClaimFileError(
                        file: file, line: entry.line, field: "unknowns.\(pname)",
                        message: "a search interval must be bounded, like \"[0, 10]\" (got \"\(text)\")")
                }
                if parameters.contains(where: { $0.symbol.name == pname }) {
                    throw ClaimFileError(file: file, line: entry.line, field: "unknowns.\(pname)", message: "'\(pname)' is also in [params]")
                }
                parameters.append(Parameter(pname, dom))
                table.declare(.scalar(pname))
            }
        }

        // State variables.
        var variables: [Symbol] = []
        for (i, item) in try strings("state").enumerated() {
            let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let vname = parts[0]
            guard isIdentifier(vname) else { throw fail("state", "item \(i + 1): '\(vname)' is not a name") }
            guard table.symbols[vname] == nil else { throw fail("state", "item \(i + 1): '\(vname)' is declared twice") }
            let shape = parts.count > 1 ? parts[1] : "scalar"
            let sym: Symbol
            switch shape {
            case "scalar": sym = .scalar(vname)
            case "vector": sym = .vector(vname)
            default: throw fail("state", "item \(i + 1): expected 'scalar' or 'vector' after ':', got '\(shape)'")
            }
            variables.append(sym)
            table.declare(sym)
        }

        // [objective] and [kappa]: functions of the claim text.
        let extras = ClaimExtras()
        let objective = try Objective.read(tomlTables["objective"], file: file, table: table)
        let kappa = try KappaSpec.read(tomlTables["kappa"], file: file, table: table)
        var reserved: [String] = []
        if let o = objective {
            reserved += objectiveFunctions
            for fname in objectiveFunctions {
                try? table.defineFunction(fname, o.function(fname, extras: extras))
            }
        }
        if let k = kappa {
            reserved += kappaFunctions
            for fname in kappaFunctions {
                try? table.defineFunction(fname, k.function(fname, extras: extras))
            }
        }
        for r in reserved {
            if let p = parameters.first(where: { $0.symbol.name == r }) {
                throw ClaimFileError(file: file, line: tomlTables["params"]?[r]?.line, field: "params.\(p.symbol.name)", message: "'\(r)' is the function \(r)(...) here; rename the parameter")
            }
            if variables.contains(where: { $0.name == r }) { throw fail("state", "'\(r)' is the function \(r)(...) here; rename the variable") }
        }

        // Definitions, in order. `inlineTable` is `table` with each definition inlined (its
        // expression, not its symbol).
        var inlineTable = table
        var definitions: [(Symbol, Expr)] = []
        for (i, item) in try strings("define").enumerated() {
            guard let eq = item.firstIndex(of: "=") else { throw fail("define", "item \(i + 1): expected 'name = expression'") }
            let dname = item[..<eq].trimmingCharacters(in: .whitespaces)
            let rhs = String(item[item.index(after: eq)...])
            guard isIdentifier(dname) else { throw fail("define", "item \(i + 1): '\(dname)' is not a name") }
            guard table.symbols[dname] == nil else { throw fail("define", "item \(i + 1): '\(dname)' is already a parameter, variable or definition") }
            guard !reserved.contains(dname) else { throw fail("define", "item \(i + 1): '\(dname)' is the function \(dname)(...) here; rename the definition") }
            let e: Expr
            do {
                e = try Parser.expression(rhs, symbols: table)
            } catch {
                throw fail("define", "item \(i + 1) ('\(dname)'): column \(error.column + dname.count + 2): \(error.message)")
            }
            let sym: Symbol
            switch e.sort {
            case .vector(let d): sym = .vector(dname, dim: d)
            default: sym = .scalar(dname)
            }
            definitions.append((sym, e))
            // The same definition with earlier definitions inlined (see `semantic` below).
            if let inlined = try? Parser.expression(rhs, symbols: inlineTable) { inlineTable.define(dname, as: inlined) }
            table.declare(sym)
        }

        /// A definition's name is a symbol while the text is built, and the simplifier takes
        /// symbols as defined everywhere: with g = sqrt(u), "g != g" folds to false before g is
        /// substituted, which loses u ≥ 0. So each condition is also built with the definitions
        /// inlined, and when the two readings differ the inlined one (the text's meaning) is kept.
        func semantic(_ c: Constraint, _ text: String) -> Constraint {
            guard !definitions.isEmpty, let inlined = try? Parser.constraint(text, symbols: inlineTable) else { return c }
            var substituted = c
            for (sym, value) in definitions.reversed() { substituted = substituted.substituting([sym: value]) }
            return substituted.node === inlined.node ? c : inlined
        }
        var hypotheses: [Constraint] = []
        var texts: [String] = []
        for (i, item) in try strings("hypotheses").enumerated() {
            do {
                hypotheses.append(semantic(try Parser.constraint(item, symbols: table), item))
                texts.append(item)
            } catch {
                throw fail("hypotheses", "item \(i + 1): column \(error.column): \(error.message)")
            }
        }
        guard let goalText = try string("goal", required: true) else { throw fail("goal", "missing (required)") }
        let goal: Constraint
        do {
            goal = semantic(try Parser.constraint(goalText, symbols: table), goalText)
        } catch {
            throw fail("goal", "column \(error.column): \(error.message)")
        }
        // Coordinates x[i] as written (a fold such as 0*x[2] may erase them from the nodes).
        var written: Set<Symbol> = []
        let coordinate = /([A-Za-z_][A-Za-z0-9_]*)\s*\[\s*([0-9]+)\s*\]/
        for text in texts + [goalText] + (try strings("define")) {
            for m in text.matches(of: coordinate) {
                guard let sym = table.symbols[String(m.1)], sym.isVector, let i = Int(m.2), i >= 1 else { continue }
                written.insert(.coordinate(sym.name, i))
            }
        }

        // The function class at its points, and the auxiliary variables of κ pieces.
        if let o = objective {
            let enc = try o.encode(table: table, variables: variables, definitions: definitions.map(\.0))
            variables += enc.variables
            hypotheses += enc.hypotheses
        }
        let (auxVariables, auxHypotheses) = extras.snapshot()
        for v in auxVariables {
            if table.symbols[v.name] != nil || variables.contains(where: { $0.name == v.name }) {
                throw ClaimFileError(
                    file: file, line: tomlTables["kappa"]?.line, field: "kappa",
                    message: "the auxiliary variable '\(v.name)' of a κ piece clashes with a declared name; rename that name")
            }
            variables.append(v)
        }
        hypotheses += auxHypotheses
        let lemmaUses = try lemmas(try strings("lemmas"), table: table, file: file, depth: depth, fail: fail)
        var notes: [String] = []
        if let o = objective { notes.append("objective: \(o.functionClass.note)") }
        if let k = kappa { notes.append("kappa: \(k.kappa.name == "user" ? "user-defined, K = \(k.kappa.K(.vector("x")))" : "\(k.kappa.name), K = \(k.kappa.title)")") }
        var claim = Claim(
            name: name, kind: kind, parameters: parameters, variables: variables, definitions: definitions,
            hypotheses: hypotheses, goal: goal, dimensions: dims, lemmas: lemmaUses)
        if let o = objective, !o.functionClass.isExact { claim.relaxation = o.functionClass.note }
        claim.writtenCoordinates = written
        // [dynamics]: checked here (names, κ, scheme), read again by `declaredDynamics`.
        let declaredNames = Set(variables.map(\.name) + definitions.map(\.0.name))
        let vectorNames = Set((variables + definitions.map(\.0)).filter { if case .vector = $0.shape { true } else { false } }.map(\.name))
        _ = try DynamicsTable.read(toml, file: file, names: declaredNames, vectors: vectorNames, constants: table)
        return (claim, notes)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || (f.properties.isAlphabetic && f.isASCII) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// An exact number as `[params]`, interval ends and the command line (`--param`,
    /// `--range`, …) write it: an integer, a decimal or scientific notation ("3", "-0.99",
    /// "1e-3"), or **one** fraction p/q of two such numbers ("9/10", "1/2e3"). Never read
    /// through a Double. More than one "/" is rejected rather than guessed: the expression
    /// syntax reads `1/2/3` left to right as 1/6, `Rational("1/2/3")` as 1/(2/3) = 3/2.
    public static func exactNumber(_ text: String) -> Rational? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.split(separator: "/", omittingEmptySubsequences: false).count <= 2 else { return nil }
        return Rational(t)
    }

    /// True when `text` has a number with several fractions ("1/2/3", "[0, 1/2/3]"), for the
    /// error message.
    static func hasChainedFraction(_ text: String) -> Bool {
        text.split(whereSeparator: { ",[]()".contains($0) }).contains { $0.filter { $0 == "/" }.count > 1 }
    }

    /// "9/10", "0.99" → exactly; "[0, 1)", "(0, 1/10]", "(0, inf)", "(-inf, 3]" → intervals.
    /// Every number is an `exactNumber` (one fraction at most).
    public static func parseDomain(_ text: String) -> ParameterDomain? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let r = exactNumber(t) { return .exactly(r) }
        guard let open = t.first, let close = t.last, "[(".contains(open), "])".contains(close), t.count >= 2 else { return nil }
        let inner = t.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard inner.count == 2 else { return nil }
        let lo = inner[0].trimmingCharacters(in: .whitespaces)
        let hi = inner[1].trimmingCharacters(in: .whitespaces)
        var d = ParameterDomain(lower: nil, lowerClosed: open == "[", upper: nil, upperClosed: close == "]")
        if lo != "-inf" {
            guard let l = exactNumber(lo) else { return nil }
            d.lower = l
        } else if open == "[" {
            return nil
        }
        if hi != "inf" && hi != "+inf" {
            guard let h = exactNumber(hi) else { return nil }
            d.upper = h
        } else if close == "]" {
            return nil
        }
        return d
    }
}
