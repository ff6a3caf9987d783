import Dynamics
import Foundation
import Symbolic
import Testing
import Verification

/// A claim file with the given body and the standard header.
func claimText(_ body: String) -> String { "name = \"t\"\n" + body }

func parseError(_ text: String) -> String? {
    do {
        _ = try ClaimFile.parse(text, file: "c.toml")
        return nil
    } catch {
        return error.description
    }
}

@Suite("Claim files: [objective] and [kappa]")
struct ClaimFileFunctionTests {
    @Test func objectiveMakesVariablesAndHypotheses() throws {
        let claim = try ClaimFile.parse(
            claimText(
                """
                state = ["x: vector"]
                define = ["xn = x - grad_f(x)/L"]
                goal = "f(xn) <= f(x)"
                [params]
                L = "(0, inf)"
                [objective]
                class = "l-smooth"
                points = ["x", "xn"]
                L = "L"
                """))
        #expect(claim.variables.map(\.name) == ["x", "f_at_x", "grad_f_at_x", "f_at_xn", "grad_f_at_xn"])
        #expect(claim.hypotheses.count == 1 + 4)
        #expect(claim.definitions.first?.1 == Expr.vector("x") - Expr.vector("grad_f_at_x") / Expr.scalar("L"))
        // Not separable (f(xn) couples the coordinates): proved at d = 1, 2, 3 only, and it says so.
        let r = try kappaEngine().verify(claim)
        #expect(r.verdict == .provedInScope)
        #expect(r.dimensionsChecked == [1, 2, 3])
    }

    @Test func expressionClassSubstitutes() throws {
        let claim = try ClaimFile.parse(
            claimText(
                """
                state = ["x: vector"]
                define = ["xn = x - grad_f(x)/2"]
                goal = "f(xn) == f(x)/4 and f(x - grad_f(x)) == 0"
                dim = [1, 2]
                [objective]
                class = "expression"
                expression = "sum(v^2)/2"
                variable = "v"
                """))
        #expect(claim.variables.map(\.name) == ["x"])
        #expect(try kappaEngine().verify(claim).verdict == .proved)
    }

    @Test func quadraticClassRefutesAnOvershootingStep() throws {
        let text = { (step: String) in
            claimText(
                """
                state = ["x: vector"]
                define = ["xn = x - \(step)*grad_f(x)"]
                goal = "f(xn) <= f(x)"
                dim = [1, 2]
                [objective]
                class = "quadratic"
                points = ["x", "xn"]
                hessian = "[1/2, 2]"
                """)
        }
        #expect(try kappaEngine().verify(ClaimFile.parse(text("1/2"))).verdict == .proved)
        #expect(try kappaEngine().verify(ClaimFile.parse(text("3/2"))).verdict == .refuted)
    }

    @Test func kappaCatalogueFunctions() throws {
        let claim = try ClaimFile.parse(
            claimText(
                """
                state = ["m: vector"]
                goal = "K(m) == dot(grad_K(m), m) and in_domKstar(grad_K(m)) and Kstar(m) == 0 and grad_Kstar(m) == 0"
                dim = [1, 2]
                [kappa]
                name = "l1"
                """))
        #expect(claim.variables.map(\.name) == ["m"])
        #expect(try kappaEngine().verify(claim).verdict == .proved)
    }

    @Test func kappaWithAuxiliaryVariablesAddsThemWithUniqueTags() throws {
        // ℓ2: grad_K is a fresh subgradient variable per call, with its relation.
        let claim = try ClaimFile.parse(
            claimText(
                """
                state = ["m: vector", "g: vector"]
                goal = "dot(grad_K(m), m) == K(m) and dot(grad_K(g), g) <= K(g)"
                dim = [1, 2]
                [kappa]
                name = "l2"
                """))
        let names = claim.variables.map(\.name)
        #expect(names.count == Set(names).count)
        #expect(names.filter { $0.hasPrefix("gradK") }.count == 2)
        #expect(claim.hypotheses.count == 2)
        #expect(try kappaEngine().verify(claim).verdict == .proved)
        // ℓ3: K is encoded with auxiliary variables r_K…, w_K….
        let l3 = try ClaimFile.parse(
            claimText(
                """
                state = ["m: vector"]
                goal = "K(m) >= 0"
                dim = [1]
                [kappa]
                name = "l3"
                """))
        #expect(l3.variables.contains { $0.name.hasPrefix("r_K") })
        #expect(!l3.hypotheses.isEmpty)
        #expect(try kappaEngine().verify(l3).verdict == .proved)
    }

    @Test func userDefinedKappa() throws {
        let text = { (goal: String) in
            claimText(
                """
                state = ["m: vector"]
                goal = "\(goal)"
                dim = [1, 2]
                [kappa]
                K = "sum(v^2)/2"
                variable = "v"
                conjugate = "sum(v^2)/2"
                """)
        }
        #expect(try kappaEngine().verify(ClaimFile.parse(text("K(m) + Kstar(m) == dot(m, grad_K(m)) and grad_Kstar(m) == m"))).verdict == .proved)
        #expect(try kappaEngine().verify(ClaimFile.parse(text("K(m) <= Kstar(m) - 1"))).verdict == .refuted)
    }

    @Test(arguments: [
        ("[objective]\nclass = \"smooth\"\npoints = [\"x\"]\n", "c.toml:5: field 'objective.class': unknown class \"smooth\" (known: expression, quadratic, l-smooth, convex-l-smooth, strongly-convex, convex)"),
        ("[objective]\nclass = \"l-smooth\"\npoints = [\"x\"]\n", "c.toml:5: field 'objective.L': missing: class \"l-smooth\" needs L (a parameter name or an exact number)"),
        ("[objective]\nclass = \"convex\"\npoints = [\"x\", \"z\"]\n", "c.toml:6: field 'objective.points': 'z' is not a state variable or definition"),
        ("[objective]\nclass = \"convex\"\n", "c.toml:5: field 'objective.points': missing: the points where f is known, like [\"x\", \"xn\"] (state variables or definitions)"),
        ("[objective]\nclass = \"convex\"\npoints = [\"x\"]\nL = \"1\"\n", "c.toml:7: field 'objective.L': not used by class \"convex\" (it uses: no constant)"),
        ("[objective]\nclass = \"l-smooth\"\npoints = [\"x\"]\nL = \"-1\"\n", "c.toml:7: field 'objective.L': must be >= 0, got -1"),
        ("[objective]\nclass = \"strongly-convex\"\npoints = [\"x\"]\nmu = \"2\"\nL = \"1\"\n", "c.toml:7: field 'objective.mu': must be <= L (no function is μ-strongly convex and L-smooth with μ > L), got mu = 2, L = 1"),
        ("[objective]\nclass = \"quadratic\"\npoints = [\"x\"]\nhessian = \"[2, 1]\"\n", "c.toml:7: field 'objective.hessian': the interval [2, 1] is empty"),
        ("[objective]\nclass = \"convex\"\npoints = [\"x\"]\nfoo = 1\n", "c.toml:7: field 'objective.foo': unknown field (known: L, class, expression, hessian, mu, points, variable)"),
        ("[objective]\npoints = [\"x\"]\n", "c.toml:4: field 'objective.class': missing (required): one of expression, quadratic, l-smooth, convex-l-smooth, strongly-convex, convex"),
        ("[kappa]\nname = \"l7\"\n", "c.toml:5: field 'kappa.name': unknown κ \"l7\" (known: l1, l2, l3, l3_2, half-squared, relu, huber, l1-half-squared, logsumexp, lp:P (rational 1 < P, numerator and denominator at most 100), huber:DELTA (DELTA > 0))"),
        ("[kappa]\nname = \"l1\"\nK = \"norm1(x)\"\n", "c.toml:6: field 'kappa.K': not used with a catalogue κ (name = \"l1\"); give either name or K"),
        ("[kappa]\nK = \"norm1(v) +\"\nvariable = \"v\"\n", "c.toml:5: field 'kappa.K': column 11: expected an expression, found the end of the input"),
        ("[kappa]\nvariable = \"v\"\n", "c.toml:4: field 'kappa': give name = \"l1\" (a library κ: l1, l2, l3, l3_2, half-squared, relu, huber, l1-half-squared, logsumexp, lp:P (rational 1 < P, numerator and denominator at most 100), huber:DELTA (DELTA > 0)) or K = \"…\" with variable = \"v\""),
        ("objective = \"convex\"\n", "c.toml:4: field 'objective': write it as a table: a line [objective] followed by its fields"),
        ("[objectives]\nclass = \"convex\"\n", "c.toml:4: unknown table [objectives] (known: [dynamics], [kappa], [objective], [params], [unknowns])"),
    ])
    func malformedTablesGiveOneLineErrors(table: String, expected: String) {
        let text = "name = \"t\"\ngoal = \"sum(x) >= 0\"\nstate = [\"x: vector\"]\n" + table
        #expect(parseError(text) == expected)
    }

    @Test(arguments: [
        ("goal = \"f(x + x) <= 0\"", "field 'goal': column 1: f(...) is known only at the points x (objective.points)"),
        ("goal = \"grad_f(y) <= 0\"", "field 'goal': column 1: grad_f(...) is known only at the points x (objective.points)"),
        ("goal = \"f(x, x) <= 0\"", "field 'goal': column 1: f expects 1 argument, got 2"),
        ("goal = \"K(t) <= 0\"", "field 'goal': column 1: K expects a vector argument, got a scalar"),
        ("goal = \"Kstar(x > 0) <= 0\"", "field 'goal': column 1: Kstar expects a number, got a condition"),
        ("goal = \"sum(x) <= 0\"\nhypotheses = [\"sum(grad_Kstar()) >= 0\"]", "field 'hypotheses': item 1: column 5: grad_Kstar expects 1 argument, got 0"),
    ])
    func badCallsGiveOneLineErrors(goal: String, expected: String) {
        let text = claimText(
            """
            state = ["x: vector", "y: vector", "t"]
            \(goal)
            [objective]
            class = "convex"
            points = ["x"]
            [kappa]
            name = "l1"

            """)
        let e = parseError(text)
        #expect(e?.hasSuffix(expected) == true, "\(e ?? "no error")")
    }

    @Test func auxiliaryNamesMustNotClash() {
        let text = claimText("state = [\"x: vector\", \"gradK1: vector\"]\ngoal = \"dot(grad_K(x), x) == K(x)\"\n[kappa]\nname = \"l2\"\n")
        #expect(parseError(text) == "c.toml:4: field 'kappa': the auxiliary variable 'gradK1' of a κ piece clashes with a declared name; rename that name")
    }

    @Test func reservedNamesAndUserCustomKappaWithoutConjugate() {
        let clash = claimText("state = [\"x: vector\", \"f\"]\ngoal = \"f >= 0\"\n[objective]\nclass = \"convex\"\npoints = [\"x\"]\n")
        #expect(parseError(clash)?.contains("field 'state': 'f' is the function f(...) here") == true)
        let noConj = claimText("state = [\"x: vector\"]\ngoal = \"Kstar(x) >= 0\"\n[kappa]\nK = \"norm1(x)\"\n")
        #expect(parseError(noConj)?.hasSuffix("column 1: Kstar needs K*: give kappa.conjugate (and kappa.domain when K* has an indicator)") == true)
    }
}

/// Claim files are TOML 1.0: a table may be a [section], an inline table or dotted keys, and
/// numbers keep their exact text.
@Suite("Claim files: TOML 1.0 forms")
struct ClaimFileTOMLFormTests {
    /// examples/gradient-step-convex-l-smooth.toml with its tables in the given form.
    static func gradientStep(_ tables: String) -> String {
        """
        name = "Gradient step decrease, f convex and L-smooth"
        state = ["x: vector"]
        define = ["g = grad_f(x)", "xn = x - g/L"]
        goal = "f(xn) <= f(x) - sum(g^2)/(2*L)"
        \(tables)
        """
    }

    static let sections = gradientStep(
        """

        [params]
        L = "(0, inf)"

        [objective]
        class = "convex-l-smooth"
        points = ["x", "xn"]
        L = "L"
        """)
    static let inline = gradientStep(
        """
        params = { L = "(0, inf)" }
        objective = { class = "convex-l-smooth", points = ["x", "xn"], L = "L" }   # the same tables, inline
        """)
    static let dotted = gradientStep(
        """
        params.L = "(0, inf)"
        objective.class = "convex-l-smooth"
        objective . points = [
          "x",
          "xn",    # a multi-line array with a trailing comma
        ]
        objective."L" = 'L'
        """)

    @Test func inlineTablesAndDottedKeysReadLikeSections() throws {
        let reference = try ClaimFileWriter.text(ClaimFile.parse(Self.sections, file: "c.toml"))
        for text in [Self.inline, Self.dotted] {
            let (claim, notes) = try ClaimFile.parseWithNotes(text, file: "c.toml")
            #expect(try ClaimFileWriter.text(claim) == reference)
            #expect(notes.first?.hasPrefix("objective: f convex and L-smooth") == true, "\(notes)")
            #expect(claim.relaxation == nil)
        }
    }

    /// End to end: the inline-table form is verified like the example (proved at d = 1, 2, 3).
    @Test func inlineTableClaimFileIsVerified() throws {
        let claim = try ClaimFile.parse(Self.inline, file: "c.toml")
        #expect(claim.variables.map(\.name) == ["x", "f_at_x", "grad_f_at_x", "f_at_xn", "grad_f_at_xn"])
        let r = try kappaEngine().verify(claim)
        #expect(r.verdict == .provedInScope)
        #expect(r.dimensionsChecked == [1, 2, 3])
    }

    @Test func numbersAreExact() throws {
        for value in ["\"9/10\"", "0.9", "0.90", "9e-1", "+0.9", "\"0.9\""] {
            let claim = try ClaimFile.parse(claimText("goal = \"beta1 >= 0\"\n[params]\nbeta1 = \(value)\n"), file: "c.toml")
            #expect(claim.parameters.first?.domain == .exactly(Rational(9, 10)), "\(value)")
        }
        for (value, n) in [("1_000", 1000), ("0x10", 16), ("0o17", 15), ("0b101", 5), ("-3", -3)] {
            let claim = try ClaimFile.parse(claimText("goal = \"a >= 0\"\n[params]\na = \(value)\n"), file: "c.toml")
            #expect(claim.parameters.first?.domain == .exactly(Rational(n)), "\(value)")
        }
        #expect(try ClaimFile.parse(claimText("goal = \"sum(x) >= 0\"\nstate = [\"x: vector\"]\ndim = [0x1, 2]\n")).dimensions == .fixed([1, 2]))
    }

    @Test func invalidUTF8NamesItsLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-utf8-\(UUID().uuidString).toml")
        try Data("name = \"t\"\ngoal = \"".utf8 + [0xC3, 0x28] + "\"\n".utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(throws: ClaimFileError.self) { try ClaimFile.load(path: path.path) }
        do { _ = try ClaimFile.load(path: path.path) } catch { #expect(error.description == "\(path.path):2: not valid UTF-8 text") }
    }

    @Test(arguments: [
        // Not TOML: a fraction must be quoted (docs/claim-files.md).
        ("[params]\nbeta1 = 9/10\n", "c.toml:4: column 9: '9/10' is not a TOML value; write a fraction as a string: \"9/10\""),
        ("[params]\nbeta1 = 09\n", "c.toml:4: column 9: '09' is not a TOML value: leading zeros are not allowed"),
        ("[params]\nbeta1 = .9\n", "c.toml:4: column 9: '.9' is not a TOML value: expected a string (in quotes), a number, true/false, a date/time, an array or an inline table"),
        ("[params]\nbeta1 = inf\n", "c.toml:4: field 'params.beta1': expected an exact number (\"9/10\", \"0.99\") or an interval (\"[0, 1)\", \"(0, inf)\"), got \"inf\""),
        ("[params]\nbeta1 = true\n", "c.toml:4: field 'params.beta1': expected an exact value or an interval like \"[0, 1)\" (a fraction in quotes: \"9/10\")"),
        ("[params]\na = \"1\"\na = \"2\"\n", "c.toml:5: column 1: key 'a' is defined twice"),
        ("[params]\na = \"1\"\n[params]\n", "c.toml:5: column 1: table [params] is defined twice"),
        ("objective = { class = \"convex\" }\n[objective]\n", "c.toml:4: column 1: [objective]: 'objective' is already an inline table"),
        ("objective = { class = \"convex\" }\nobjective.points = [\"x\"]\n", "c.toml:4: column 1: key 'objective.points': 'objective' is an inline table, which cannot be extended"),
        ("objective = { class = \"convex\",\n points = [\"x\"] }\n", "c.toml:3: column 32: expected a key (letters, digits, '_', '-', or a quoted key), found a line break"),
        ("name2 = \"a\\qb\"\n", "c.toml:3: column 11: invalid escape '\\q' (valid: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)"),
        ("objective = { class = \"nope\" }\n", "c.toml:3: field 'objective.class': unknown class \"nope\" (known: expression, quadratic, l-smooth, convex-l-smooth, strongly-convex, convex)"),
        ("foo = { a = 1 }\n", "c.toml:3: unknown table [foo] (known: [dynamics], [kappa], [objective], [params], [unknowns])"),
        ("params = \"L\"\n", "c.toml:3: field 'params': write it as a table: a line [params] followed by its fields"),
    ])
    func invalidTOMLIsRejectedWithItsLine(tail: String, expected: String) {
        let text = "name = \"t\"\ngoal = \"sum(x) >= 0\"\n" + tail
        #expect(parseError(text) == expected)
    }
}

@Suite("Claim files: [dynamics] with a user-defined κ")
struct UserKappaDynamicsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theUserKappaIsTheUpdatesAndIsNeverWrittenAsALibraryName() throws {
        let path = Self.root.appendingPathComponent("examples/user-kappa-box-invariant-no-step-bound.toml").path
        let dyn = try #require(try ClaimFile.declaredDynamics(path: path))
        #expect(dyn.custom?.K == "norm1(v) + sum(v^2)/2")
        // A [dynamics] naming a κ keeps it, user [kappa] table or not.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let named = try #require(try ClaimFile.declaredDynamics(text: text.replacingOccurrences(of: "scheme = \"explicit\"", with: "scheme = \"explicit\"\nkappa = \"l1\"")))
        #expect(named.custom == nil && named.kappa == .l1)
        // Written back (the claim's κ formulas inlined, no [kappa] table), the table is left
        // out with a comment rather than naming a library κ the update is not.
        let (main, _) = try ClaimFileWriter.files(try ClaimFile.load(path: path), dynamics: dyn)
        #expect(!main.split(separator: "\n").contains("[dynamics]") && main.contains("[dynamics] left out: the update's κ is user-defined"), "\(main)")
        #expect(!main.contains("kappa = \"l1\""))
        _ = try ClaimFile.parse(main)
    }
}
