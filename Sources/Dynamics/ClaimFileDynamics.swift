import Foundation
import Symbolic
import Verification

// The [dynamics] table of claim files: which update the claim encodes, so that its
// counterexamples are replayed by the simulator's kernel (docs/claim-files.md "Dynamics").
//
//   [dynamics]
//   rule = "lion-k"          # the only rule so far (theory.md §1, paper convention)
//   kappa = "l1"             # a catalogue κ (default: the [kappa] table's name, or its
//                            #   user-defined κ: the update's ∇K is then its grad / derived ∇K)
//   scheme = "implicit"      # or "explicit"
//   x = "x"                  # current state, gradient ∇f(x) and next state: names of the
//   m = "m"                  #   claim (state variables or definitions); these are the defaults
//   gradient = "g"           #   (with [objective], "grad_f(x)" is the default gradient)
//   next_x = "xn"
//   next_m = "mn"
//   values = ["f0", "f1"]    # f(x) and f(x⁺) when the claim names them itself
//   class = "l-smooth"       # or convex-l-smooth (default: the [objective] class)
//   L = "L"                  # the smoothness constant (default: the [objective] L)

enum DynamicsTable {
    static let fields: Set<String> = ["rule", "kappa", "scheme", "x", "m", "gradient", "next_x", "next_m", "values", "class", "L"]

    /// Reads [dynamics] with its defaults; `names` are the claim's state variables and
    /// definitions (for checking the names given), `objective` and `kappaName` the other tables'.
    static func read(
        _ toml: TOML, file: String, names: Set<String>, vectors: Set<String>, constants: SymbolTable
    ) throws(ClaimFileError) -> DeclaredDynamics? {
        func table(_ name: String) -> TOML.Table? {
            if case .table(let t)? = toml.root[name]?.value { return t }
            return nil
        }
        guard let entries = table("dynamics") else { return nil }
        let tableLine = entries.line
        func fail(_ key: String?, _ message: String) -> ClaimFileError {
            ClaimFileError(file: file, line: key.flatMap { entries[$0]?.line } ?? tableLine, field: key.map { "dynamics.\($0)" } ?? "dynamics", message: message)
        }
        for (key, _) in entries.ordered where !fields.contains(key) {
            throw fail(key, "unknown field (known: \(fields.sorted().joined(separator: ", ")))")
        }
        func text(_ key: String) throws(ClaimFileError) -> String? {
            guard let e = entries[key] else { return nil }
            switch e.value {
            case .string(let s): return s
            case .integer, .float: return e.value.numberText ?? ""
            default: throw fail(key, "expected a string in quotes")
            }
        }
        /// A string of another table (already checked by its own reader), or nil.
        func other(_ table: TOML.Table?, _ key: String) -> String? {
            switch table?[key]?.value {
            case .string(let s)?: return s
            case let v? where v.numberText != nil: return v.numberText
            default: return nil
            }
        }
        let objective = table("objective")
        let ruleText = try text("rule") ?? "lion-k"
        guard let rule = DeclaredDynamics.Rule(rawValue: ruleText) else {
            throw fail("rule", "unknown rule \"\(ruleText)\" (known: \(DeclaredDynamics.Rule.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let givenKappa = try text("kappa")
        var kappaID = KappaID.l1
        var custom: DeclaredDynamics.UserKappa? = nil
        if givenKappa == nil, let kt = table("kappa"), let kText = other(kt, "K"), other(kt, "name") == nil {
            // The claim's own user-defined κ: its ∇K (given or derived) is the update's.
            guard let spec = try KappaSpec.read(kt, file: file, table: constants) else {
                throw fail("kappa", "internal: the [kappa] table could not be read")
            }
            let v = Symbol.vector(other(kt, "variable") ?? "x")
            custom = DeclaredDynamics.UserKappa(K: kText, gradient: spec.kappa.gradient(Expr(v)), variable: v)
        } else {
            guard let kappa = givenKappa ?? other(table("kappa"), "name") else {
                throw fail("kappa", "missing: the κ of the update (a catalogue κ such as \"l1\"; or a [kappa] table with a name or K)")
            }
            guard let id = KappaID(name: kappa) else {
                throw fail("kappa", "unknown κ \"\(kappa)\" (known: \((KappaID.catalogue.map(\.name) + KappaID.parameterised).joined(separator: ", ")))")
            }
            kappaID = id
        }
        guard let schemeText = try text("scheme") else { throw fail("scheme", "missing (required): \"explicit\" or \"implicit\"") }
        guard let scheme = Scheme(rawValue: schemeText) else { throw fail("scheme", "expected \"explicit\" or \"implicit\", got \"\(schemeText)\"") }

        let points = objective?["points"].flatMap { e -> [String]? in
            if case .array(let items) = e.value { return items.compactMap { if case .string(let s) = $0 { s } else { nil } } }
            return nil
        } ?? []
        func name(_ key: String, default dflt: String?) throws(ClaimFileError) -> String? {
            guard let n = try text(key) ?? dflt else { return nil }
            guard names.contains(n) else {
                throw fail(key, "'\(n)' is not a state variable or definition of this claim")
            }
            return n
        }
        let x = try name("x", default: "x")!
        let m = try name("m", default: "m")!
        let nextX = try name("next_x", default: names.contains("xn") ? "xn" : nil)
        let nextM = try name("next_m", default: names.contains("mn") ? "mn" : nil)
        for (k, n) in [("x", x), ("m", m)] + (nextX.map { [("next_x", $0)] } ?? []) + (nextM.map { [("next_m", $0)] } ?? []) where !vectors.contains(n) {
            throw fail(k, "'\(n)' is a scalar; the state of the update is vectors")
        }
        // The gradient: a name of the claim, or ∇f at the first [objective] point.
        var gradient = try text("gradient")
        if gradient == nil {
            if names.contains("g") {
                gradient = "g"
            } else if let p = points.first {
                gradient = FunctionClass.gradientName(point: p)
            }
        }
        guard let g = gradient else { throw fail("gradient", "missing: the claim's name for ∇f(x) (no 'g' and no [objective] points)") }
        if let gt = try text("gradient"), !names.contains(gt) { throw fail("gradient", "'\(gt)' is not a state variable or definition of this claim") }

        // f(x), f(x⁺): given, or the [objective]'s values at its points.
        var valueAtX: String?
        var valueAtNext: String?
        var gradientAtNext: String?
        if let e = entries["values"] {
            guard case .array(let items) = e.value, items.count == 2, case .string(let a) = items[0], case .string(let b) = items[1] else {
                throw fail("values", "expected two names in quotes: f(x) and f(x⁺), like [\"f0\", \"f1\"]")
            }
            for n in [a, b] where !names.contains(n) { throw fail("values", "'\(n)' is not a state variable or definition of this claim") }
            valueAtX = a
            valueAtNext = b
        } else if points.count >= 2, let nx = nextX, points.contains(x), points.contains(nx) {
            valueAtX = FunctionClass.valueName(point: x)
            valueAtNext = FunctionClass.valueName(point: nx)
            gradientAtNext = FunctionClass.gradientName(point: nx)
        }
        let givenClass = try text("class")
        let classText = givenClass ?? other(objective, "class") ?? "l-smooth"
        guard let cls = DeclaredDynamics.FunctionClassName(rawValue: classText) else {
            throw fail(
                "class",
                "the replay builds f for \(DeclaredDynamics.FunctionClassName.allCases.map(\.rawValue).joined(separator: " or ")), not \"\(classText)\"")
        }
        let givenL = try text("L")
        let L = givenL ?? other(objective, "L")
        var dyn = DeclaredDynamics(
            rule: rule, kappa: kappaID, scheme: scheme, x: x, m: m, gradient: g, nextX: nextX, nextM: nextM, valueAtX: valueAtX,
            valueAtNext: valueAtNext, gradientAtNext: gradientAtNext, functionClass: cls, smoothness: L)
        dyn.custom = custom
        return dyn
    }
}

extension ClaimFile {
    /// The dynamics a claim file declares in its `[dynamics]` table (nil without one).
    public static func declaredDynamics(path: String) throws(ClaimFileError) -> DeclaredDynamics? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ClaimFileError(file: path, line: nil, field: nil, message: "unreadable")
        }
        return try declaredDynamics(text: text, file: path)
    }

    public static func declaredDynamics(text: String, file: String = "<claim>") throws(ClaimFileError) -> DeclaredDynamics? {
        let claim = try parse(text, file: file)
        let toml: TOML
        do { toml = try TOML(text) } catch {
            throw ClaimFileError(file: file, line: error.line, field: nil, message: "column \(error.column): \(error.message)")
        }
        let names = Set(claim.variables.map(\.name) + claim.definitions.map(\.0.name))
        let vectors = Set((claim.variables + claim.definitions.map(\.0)).filter { if case .vector = $0.shape { true } else { false } }.map(\.name))
        var constants = SymbolTable()
        for p in claim.parameters { constants.declare(p.symbol) }
        return try DynamicsTable.read(toml, file: file, names: names, vectors: vectors, constants: constants)
    }
}
