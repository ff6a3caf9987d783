import Foundation
import Symbolic
import Verification

// The [objective] and [kappa] tables of claim files: they register functions of the claim
// text (f, grad_f; K, grad_K, Kstar, in_domKstar, grad_Kstar) with the parser.

/// Auxiliary variables and hypotheses made while parsing (κ pieces encoded with fresh
/// variables), and a counter for unique tags. The parser calls the functions on one thread;
/// the lock only satisfies Sendable.
final class ClaimExtras: @unchecked Sendable {
    private let lock = NSLock()
    private var variables: [Symbol] = []
    private var hypotheses: [Constraint] = []
    private var counter = 0

    func nextTag(_ prefix: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return "\(prefix)\(counter)"
    }

    func use<T>(_ e: Encoded<T>) -> T {
        lock.lock()
        defer { lock.unlock() }
        for v in e.variables where !variables.contains(v) { variables.append(v) }
        hypotheses += e.hypotheses
        return e.value
    }

    func snapshot() -> ([Symbol], [Constraint]) {
        lock.lock()
        defer { lock.unlock() }
        return (variables, hypotheses)
    }
}

/// A numeric vector argument, or a one-line error naming the function.
func vectorArgument(_ t: ParsedTerm, _ f: String) throws(UserFunctionError) -> Expr {
    guard case .expr(let e) = t else { throw UserFunctionError("\(f) expects a number, got a condition") }
    // A vector expression may fold to the constant 0 (m − m): it stands for the zero vector.
    guard e.isVector || e.constantValue == 0 else { throw UserFunctionError("\(f) expects a vector argument, got a scalar") }
    return e
}

/// The [objective] table.
struct Objective: Sendable {
    var functionClass: FunctionClass
    /// Point names, in order (empty: any argument, for the expression class).
    var points: [String]
    var file: String
    var pointsLine: Int?
    var classLine: Int?

    static func read(_ entries: TOML.Table?, file: String, table: SymbolTable) throws(ClaimFileError) -> Objective? {
        guard let entries else { return nil }
        let tableLine = entries.line
        func fail(_ key: String?, _ message: String) -> ClaimFileError {
            ClaimFileError(
                file: file, line: key.flatMap { entries[$0]?.line } ?? nil, field: key.map { "objective.\($0)" } ?? "objective",
                message: message)
        }
        for (key, _) in entries.ordered where !ClaimFile.objectiveFields.contains(key) {
            throw fail(key, "unknown field (known: \(ClaimFile.objectiveFields.sorted().joined(separator: ", ")))")
        }
        func text(_ key: String) throws(ClaimFileError) -> String? {
            guard let e = entries[key] else { return nil }
            switch e.value {
            case .string(let s): return s
            case .integer, .float: return e.value.numberText!
            default: throw fail(key, "expected a string in quotes")
            }
        }
        guard let cls = try text("class") else {
            throw ClaimFileError(
                file: file, line: tableLine, field: "objective.class",
                message: "missing (required): one of \(ClaimFile.objectiveClasses.joined(separator: ", "))")
        }
        guard ClaimFile.objectiveClasses.contains(cls) else {
            throw fail("class", "unknown class \"\(cls)\" (known: \(ClaimFile.objectiveClasses.joined(separator: ", ")))")
        }
        let used: [String: [String]] = [
            "expression": ["expression", "variable"], "quadratic": ["hessian"], "l-smooth": ["L"], "convex-l-smooth": ["L"],
            "strongly-convex": ["mu", "L"], "convex": [],
        ]
        for key in ["L", "mu", "expression", "variable", "hessian"] where entries[key] != nil && !used[cls]!.contains(key) {
            throw fail(key, "not used by class \"\(cls)\" (it uses: \(used[cls]!.isEmpty ? "no constant" : used[cls]!.joined(separator: ", ")))")
        }
        // Constants: scalar expressions of the parameters.
        var constants = SymbolTable()
        for (_, s) in table.symbols where !s.isVector { constants.declare(s) }
        func constant(_ key: String, required: Bool) throws(ClaimFileError) -> Expr? {
            guard let t = try text(key) else {
                if required {
                    throw ClaimFileError(
                        file: file, line: entries["class"]?.line, field: "objective.\(key)",
                        message: "missing: class \"\(cls)\" needs \(key) (a parameter name or an exact number)")
                }
                return nil
            }
            let e: Expr
            do { e = try Parser.expression(t, symbols: constants) } catch {
                throw fail(key, "column \(error.column): \(error.message)")
            }
            guard !e.isVector else { throw fail(key, "expected a scalar, got a vector") }
            return e
        }
        var points: [String] = []
        if let e = entries["points"] {
            switch e.value {
            case .string(let s): points = [s]
            case .array(let items):
                for (i, item) in items.enumerated() {
                    guard case .string(let s) = item else { throw fail("points", "item \(i + 1): expected a string in quotes") }
                    points.append(s)
                }
            default: throw fail("points", "expected an array of names, like [\"x\", \"xn\"]")
            }
            var seen = Set<String>()
            for p in points where !seen.insert(p).inserted { throw fail("points", "'\(p)' is listed twice") }
            for p in points where !ClaimFile.isIdentifier(p) { throw fail("points", "'\(p)' is not a name") }
        } else if cls != "expression" {
            throw ClaimFileError(
                file: file, line: entries["class"]?.line, field: "objective.points",
                message: "missing: the points where f is known, like [\"x\", \"xn\"] (state variables or definitions)")
        }
        if cls != "expression" && points.isEmpty { throw fail("points", "the list of points is empty") }

        let fc: FunctionClass
        switch cls {
        case "expression":
            guard let vtext = try text("variable") else {
                throw ClaimFileError(
                    file: file, line: entries["class"]?.line, field: "objective.variable",
                    message: "missing: the variable of the expression, like \"x\" (a vector) or \"t: scalar\"")
            }
            let parts = vtext.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard ClaimFile.isIdentifier(parts[0]) else { throw fail("variable", "'\(parts[0])' is not a name") }
            let v: Symbol
            switch parts.count > 1 ? parts[1] : "vector" {
            case "vector": v = .vector(parts[0])
            case "scalar": v = .scalar(parts[0])
            default: throw fail("variable", "expected 'scalar' or 'vector' after ':', got '\(parts[1])'")
            }
            guard let etext = try text("expression") else {
                throw ClaimFileError(
                    file: file, line: entries["class"]?.line, field: "objective.expression",
                    message: "missing: f as an expression of \(v.name), like \"0.5*sum(\(v.name)^2)\"")
            }
            var t = constants
            t.declare(v)
            let f: Expr
            do { f = try Parser.expression(etext, symbols: t) } catch {
                throw fail("expression", "column \(error.column): \(error.message)")
            }
            guard !f.isVector else { throw fail("expression", "f must be a scalar expression, got a vector") }
            do { _ = try f.derivative(withRespectTo: v, convention: .implementation) } catch {
                throw fail("expression", "cannot derive ∇f: \(error)")
            }
            fc = .expression(f, variable: v)
        case "quadratic":
            guard let h = try text("hessian") else {
                throw ClaimFileError(
                    file: file, line: entries["class"]?.line, field: "objective.hessian",
                    message: "missing: the diagonal of the Hessian, an exact number (\"2\") or an interval (\"[1/2, 2]\")")
            }
            guard let dom = ClaimFile.parseDomain(h) else {
                throw fail("hessian", "expected an exact number (\"2\") or an interval (\"[1/2, 2]\"), got \"\(h)\"")
            }
            guard !dom.isEmpty else { throw fail("hessian", "the interval \(h) is empty") }
            fc = .quadratic(hessian: dom)
        case "l-smooth":
            fc = .lSmooth(try constant("L", required: true)!)
        case "convex-l-smooth":
            fc = .convexLSmooth(try constant("L", required: true)!)
        case "strongly-convex":
            fc = .stronglyConvex(mu: try constant("mu", required: true)!, L: try constant("L", required: false))
        default:
            fc = .convex
        }
        if let c = try constant("L", required: false), let v = c.constantValue, v < 0 {
            throw fail("L", "must be >= 0, got \(v)")
        }
        if let m = try constant("mu", required: false)?.constantValue, let l = try constant("L", required: false)?.constantValue, m > l {
            throw fail("mu", "must be <= L (no function is μ-strongly convex and L-smooth with μ > L), got mu = \(m), L = \(l)")
        }
        return Objective(functionClass: fc, points: points, file: file, pointsLine: entries["points"]?.line, classLine: entries["class"]?.line)
    }

    /// The parser function `f` or `grad_f`.
    func function(_ name: String, extras: ClaimExtras) -> UserFunction {
        let fc = functionClass
        let points = points
        let gradient = name == "grad_f"
        return UserFunction { (arg: ParsedTerm) throws(UserFunctionError) -> ParsedTerm in
            guard case .expr(let e) = arg else { throw UserFunctionError("\(name) expects a number, got a condition") }
            var pointName = ""
            if case .expression(_, let v) = fc {
                guard e.isVector == v.isVector || e.constantValue == 0 else {
                    throw UserFunctionError("\(name) expects a \(v.isVector ? "vector" : "scalar"), got a \(e.isVector ? "vector" : "scalar")")
                }
            } else {
                guard case .symbol(let s) = e.node.op, s.index == nil, points.contains(s.name) else {
                    throw UserFunctionError("\(name)(...) is known only at the points \(points.joined(separator: ", ")) (objective.points)")
                }
                pointName = s.name
            }
            if gradient {
                do { return .expr(try fc.gradient(at: e, name: pointName)) } catch let error as FunctionClassError { throw UserFunctionError(error.message) } catch { throw UserFunctionError("\(error)") }
            }
            return .expr(fc.value(at: e, name: pointName))
        }
    }

    /// The class's variables and hypotheses at the points (which must be declared).
    func encode(table: SymbolTable, variables: [Symbol], definitions: [Symbol]) throws(ClaimFileError) -> FunctionEncoding {
        func fail(_ message: String) -> ClaimFileError {
            ClaimFileError(file: file, line: pointsLine ?? classLine, field: pointsLine == nil ? "objective" : "objective.points", message: message)
        }
        var named: [(name: String, point: Expr)] = []
        for p in points {
            guard let s = variables.first(where: { $0.name == p }) ?? definitions.first(where: { $0.name == p }) else {
                throw fail("'\(p)' is not a state variable or definition")
            }
            named.append((p, Expr(s)))
        }
        let enc: FunctionEncoding
        do { enc = try functionClass.encode(at: named) } catch { throw fail(error.message) }
        for v in enc.variables where table.symbols[v.name] != nil {
            throw fail("'\(v.name)' (made for the class) is already a parameter, variable or definition; rename it")
        }
        return enc
    }
}

/// The [kappa] table.
struct KappaSpec: Sendable {
    var kappa: Kappa
    /// A user-defined κ without K* / its domain: Kstar, in_domKstar and grad_Kstar are refused.
    var hasConjugate: Bool

    static func read(_ entries: TOML.Table?, file: String, table: SymbolTable) throws(ClaimFileError) -> KappaSpec? {
        guard let entries else { return nil }
        let tableLine = entries.line
        func fail(_ key: String?, _ message: String) -> ClaimFileError {
            ClaimFileError(file: file, line: key.flatMap { entries[$0]?.line } ?? nil, field: key.map { "kappa.\($0)" } ?? "kappa", message: message)
        }
        for (key, _) in entries.ordered where !ClaimFile.kappaFields.contains(key) {
            throw fail(key, "unknown field (known: \(ClaimFile.kappaFields.sorted().joined(separator: ", ")))")
        }
        func text(_ key: String) throws(ClaimFileError) -> String? {
            guard let e = entries[key] else { return nil }
            guard case .string(let s) = e.value else { throw fail(key, "expected a string in quotes") }
            return s
        }
        let known = (KappaID.catalogue.map(\.name) + KappaID.parameterised).joined(separator: ", ")
        if let name = try text("name") {
            for key in ["K", "variable", "grad", "conjugate", "domain"] where entries[key] != nil {
                throw fail(key, "not used with a catalogue κ (name = \"\(name)\"); give either name or K")
            }
            guard let k = KappaID(name: name)?.kappa else { throw fail("name", "unknown κ \"\(name)\" (known: \(known))") }
            return KappaSpec(kappa: k, hasConjugate: true)
        }
        guard let kText = try text("K") else {
            throw ClaimFileError(
                file: file, line: tableLine, field: "kappa",
                message: "give name = \"l1\" (a library κ: \(known)) or K = \"…\" with variable = \"v\"")
        }
        let variable = try text("variable") ?? "x"
        guard ClaimFile.isIdentifier(variable) else { throw fail("variable", "'\(variable)' is not a name") }
        var constants = SymbolTable()
        for (_, s) in table.symbols where !s.isVector && s.name != variable { constants.declare(s) }
        do {
            let k = try Kappa.parse(
                name: "user", K: kText, variable: variable, gradient: try text("grad"), conjugate: try text("conjugate"),
                conjugateVariable: variable, domain: try text("domain"), symbols: constants, deriveConjugateGradient: true)
            return KappaSpec(kappa: k, hasConjugate: entries["conjugate"] != nil)
        } catch let error as KappaTextError {
            throw fail(error.piece, error.message)
        } catch let error as ClaimFileError {
            throw error
        } catch {
            throw fail(nil, "\(error)")
        }
    }

    /// The parser function `K`, `grad_K`, `Kstar`, `in_domKstar` or `grad_Kstar`.
    func function(_ name: String, extras: ClaimExtras) -> UserFunction {
        let k = kappa
        let hasConjugate = hasConjugate
        return UserFunction { (arg: ParsedTerm) throws(UserFunctionError) -> ParsedTerm in
            let e = try vectorArgument(arg, name)
            if name != "K" && name != "grad_K" && !hasConjugate {
                throw UserFunctionError("\(name) needs K*: give kappa.conjugate (and kappa.domain when K* has an indicator)")
            }
            switch name {
            case "K": return .expr(extras.use(k.value(e, tag: extras.nextTag("K"))))
            case "grad_K": return .expr(extras.use(k.subgradient(at: e, name: extras.nextTag("gradK"))))
            case "Kstar": return .expr(k.conjugate(e))
            case "in_domKstar": return .condition(extras.use(k.inDomain(e, tag: extras.nextTag("domK"))))
            default:
                if k.conjugateGradient == nil, k.conjugate(e).constantValue != 0 {
                    throw UserFunctionError("grad_Kstar: cannot derive ∇K* from kappa.conjugate")
                }
                return .expr(k.conjugateGradientValue(e))
            }
        }
    }
}

extension ClaimFile {
    static let objectiveClasses = ["expression", "quadratic", "l-smooth", "convex-l-smooth", "strongly-convex", "convex"]
}
