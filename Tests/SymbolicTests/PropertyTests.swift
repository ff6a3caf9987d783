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

    @Test(arguments: [11, 12, 13] as [UInt64])
    func canonicalFormPreservesExactValues(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: false)
        var compared = 0
        for _ in 0..<300 {
            let tree = gen.scalar(6)
            let e = tree.expr
            for _ in 0..<3 {
                let env = gen.point()
                guard let expected = try? Naive(env: env).eval(tree) else { continue }
                // Where the naive tree is defined, the canonical DAG must be defined and equal
                // (canonicalisation may only widen the domain).
                guard let got = try? e.evaluate(env) else {
                    Issue.record("\(e) fails at \(env) where \(tree) is defined")
                    continue
                }
                switch (expected, got) {
                case (.s(let r), .scalar(let q)): #expect(r == q, "\(e) at \(env)")
                default: Issue.record("shape mismatch for \(e)")
                }
                compared += 1
            }
        }
        #expect(compared > 300)
    }

    @Test(arguments: [21, 22] as [UInt64])
    func vectorExpressionsAndConditionsPreserveValues(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: false)
        var compared = 0
        for _ in 0..<200 {
            let tree = gen.vector(5)
            let e = tree.expr
            let cond = gen.condition(3, vector: gen.chance(0.5))
            let c = cond.constraint
            for _ in 0..<3 {
                let env = gen.point()
                if let expected = try? Naive(env: env).eval(tree) {
                    guard let got = try? e.evaluate(env) else {
                        Issue.record("\(e) fails at \(env) where \(tree) is defined")
                        continue
                    }
                    switch (expected, got) {
                    case (.v(let r), .vector(let q)): #expect(r == q, "\(e)")
                    case (.s(let r), .scalar(let q)): #expect(r == q, "\(e)")
                    default: Issue.record("shape mismatch for \(e): \(expected) vs \(got)")
                    }
                    compared += 1
                }
                if let expected = try? Naive(env: env).holds(cond) {
                    #expect(try c.evaluate(env) == expected, "\(c) at \(env): \(cond)")
                }
            }
        }
        #expect(compared > 200)
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

    @Test(arguments: [41, 42] as [UInt64])
    func expandingProductsPreservesValues(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: false)
        gen.division = false
        var compared = 0
        for _ in 0..<200 {
            let tree = gen.scalar(4)
            let e = tree.expr
            let p = e.expandedProducts()
            for _ in 0..<3 {
                let env = gen.point()
                guard let expected = try? Naive(env: env).eval(tree), case .s(let r) = expected else { continue }
                #expect(try p.evaluateScalar(env) == r, "\(e) expanded to \(p)")
                compared += 1
            }
        }
        #expect(compared > 200)
    }
}
