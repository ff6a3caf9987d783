import Testing
import Symbolic

/// Property tests over random expressions (seeded, reproducible).
@Suite struct PropertyTests {
    static func count(_ needle: String, in text: String) -> Int { text.ranges(of: needle).count }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func printThenParseGivesTheSameNode(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: true)
        for _ in 0..<250 {
            let e = gen.scalar(6).expr
            let text = e.description
            let back = try Parser.expression(text, symbols: Vars.table)
            #expect(back == e, "\(text) came back as \(back)")
            let v = gen.vector(5).expr
            #expect(try Parser.expression(v.description, symbols: Vars.table) == v, "\(v)")
            let c = gen.condition(4, vector: gen.chance(0.5)).constraint
            #expect(try Parser.constraint(c.description, symbols: Vars.table) == c, "\(c)")
            // LaTeX: deterministic, with balanced braces and \left/\right pairs.
            for tex in [e.latex, v.latex, c.latex] {
                #expect(tex.filter { $0 == "{" }.count == tex.filter { $0 == "}" }.count, "\(tex)")
                #expect(Self.count("\\left(", in: tex) == Self.count("\\right)", in: tex), "\(tex)")
            }
            #expect(e.latex == e.latex)
        }
    }

    /// The outcome of the DAG's evaluation, for comparison with the naive tree evaluator.
    enum Outcome: Equatable {
        case value([Rational])
        case undefined
        case irrational
        case failure(String)
    }

    static func outcome(_ f: () throws(EvaluationError) -> [Rational]) -> Outcome {
        do {
            return .value(try f())
        } catch {
            switch error {
            case .divisionByZero, .domain: return .undefined
            case .notRational: return .irrational
            case .unbound, .dimensionMismatch: return .failure(error.description)
            }
        }
    }

    static func naive(_ f: () throws -> [Rational]) -> Outcome? {
        do {
            return .value(try f())
        } catch NaiveError.undefined {
            return .undefined
        } catch {
            return nil  // irrational somewhere: nothing to compare
        }
    }

    /// Building the DAG (canonical form, folds) preserves exact values and definedness:
    /// where the naive tree is undefined the DAG is undefined, and where it has a value the
    /// DAG has the same value.
    /// Def of the expanded coordinates at the flattened point is exactly "defined"; Def of the
    /// unexpanded node (stricter on vector ites) is never true where the value is undefined.
    func expectDefinedness(_ coordinates: [Node], dim: Int, _ env: Environment<Rational>, defined: Bool, _ what: String,
        vectorNode: Node? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var flat: Environment<Rational> = [:]
        for (s, v) in env {
            switch v {
            case .scalar: flat[s] = v
            case .vector(let xs): for (i, r) in xs.enumerated() { flat[.coordinate(s.name, i + 1)] = .scalar(r) }
            }
        }
        let expanded = try coordinates.map { n in try Instantiation.expand(n, dim: dim) }
        // (Def itself may compare irrational values; then there is nothing to compare.)
        if let exact = try? Constraint(Build.and(expanded.map { n in try Definedness.formula(n) })).evaluate(flat) {
            #expect(exact == defined, "Def(\(what)) expanded at \(env)", sourceLocation: sourceLocation)
        }
        let node = vectorNode ?? coordinates[0]
        if let d = try? Constraint(Definedness.formula(node)).evaluate(env), d {
            #expect(defined, "Def(\(what)) true where undefined at \(env)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [(11, false), (12, false), (13, false), (14, true), (15, true), (16, true)] as [(UInt64, Bool)])
    func canonicalFormPreservesExactValuesAndDefinedness(seed: UInt64, partial: Bool) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: partial)
        gen.partial = partial
        var compared = 0, undefined = 0
        for _ in 0..<300 {
            let tree = gen.scalar(6)
            let e = tree.expr
            for _ in 0..<3 {
                let env = gen.point()
                guard let expected = Self.naive({ coordinatesOf(try Naive(env: env).eval(tree), dim: 1) }) else { continue }
                let got = Self.outcome { () throws(EvaluationError) in [try e.evaluateScalar(env)] }
                #expect(got == expected, "\(e) at \(env): \(tree)")
                // Def(e) agrees: exactly on the expansion; on the node itself it may be
                // stricter (a vector ite inside), never true where e is undefined.
                if got != .irrational {
                    try expectDefinedness([e.node], dim: Vars.dim, env, defined: expected != .undefined, "\(e)")
                }
                compared += 1
                if expected == .undefined { undefined += 1 }
            }
        }
        #expect(compared > 300)
        if partial { #expect(undefined > 30) }
    }

    @Test(arguments: [(21, false), (22, false), (23, true), (24, true)] as [(UInt64, Bool)])
    func vectorExpressionsAndConditionsPreserveValuesAndDefinedness(seed: UInt64, partial: Bool) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: false)
        gen.partial = partial
        var compared = 0
        for _ in 0..<200 {
            let tree = gen.vector(5)
            let e = tree.expr
            let cond = gen.condition(3, vector: gen.chance(0.5))
            let c = cond.constraint
            for _ in 0..<3 {
                let env = gen.point()
                if let expected = Self.naive({ coordinatesOf(try Naive(env: env).eval(tree), dim: Vars.dim) }) {
                    let got = Self.outcome { () throws(EvaluationError) in coordinatesOf(try e.evaluate(env), dim: Vars.dim) }
                    #expect(got == expected, "\(e) at \(env): \(tree)")
                    if got != .irrational {
                        try expectDefinedness(try e.coordinates(dim: Vars.dim).map(\.node), dim: Vars.dim, env,
                            defined: expected != .undefined, "\(e)", vectorNode: e.node)
                    }
                    compared += 1
                }
                let truth = Self.naive { try Naive(env: env).holds(cond) ? [1] : [0] }
                if let expected = truth {
                    let got = Self.outcome { () throws(EvaluationError) in try c.evaluate(env) ? [1] : [0] }
                    #expect(got == expected, "\(c) at \(env): \(cond)")
                }
            }
        }
        #expect(compared > 200)
    }

    /// Printing and parsing, and rebuilding, with partial operations everywhere: the folds
    /// that keep definedness (0·p, (b^-1)^-k, sign(0), …) have one canonical form.
    @Test(arguments: [5, 6] as [UInt64])
    func partialExpressionsPrintParseAndRebuild(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: true)
        gen.partial = true
        for _ in 0..<250 {
            let e = gen.scalar(6).expr
            #expect(try Parser.expression(e.description, symbols: Vars.table) == e, "\(e)")
            #expect(e.simplified == e, "\(e)")
            let v = gen.vector(5).expr
            #expect(try Parser.expression(v.description, symbols: Vars.table) == v, "\(v)")
            let p = e.expandedProducts()
            #expect(p.expandedProducts() == p, "\(e) → \(p)")
        }
    }

    @Test func rebuildingIsIdempotent() throws {
        var gen = Generator(rng: SplitMix64(seed: 31), irrational: true)
        for _ in 0..<300 {
            let e = gen.scalar(6).expr
            #expect(e.simplified == e, "\(e)")
            let p = e.expandedProducts()
            #expect(p.expandedProducts() == p, "\(e) → \(p)")
            #expect(p.simplified == p)
        }
    }

    @Test(arguments: [(41, false), (42, false), (43, true), (44, true)] as [(UInt64, Bool)])
    func expandingProductsPreservesValuesAndDefinedness(seed: UInt64, partial: Bool) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: false)
        gen.division = partial
        gen.partial = partial
        var compared = 0
        for _ in 0..<200 {
            let tree = gen.scalar(4)
            let e = tree.expr
            let p = e.expandedProducts()
            for _ in 0..<3 {
                let env = gen.point()
                guard let expected = Self.naive({ coordinatesOf(try Naive(env: env).eval(tree), dim: 1) }) else { continue }
                let got = Self.outcome { () throws(EvaluationError) in [try p.evaluateScalar(env)] }
                #expect(got == expected, "\(e) expanded to \(p) at \(env)")
                compared += 1
            }
        }
        #expect(compared > 200)
    }
}
