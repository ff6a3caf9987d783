import Testing
import Symbolic

/// Explicit coordinates x[i]: their indices, coordinate i of a vector expression, and
/// substitution of vector definitions into them.
@Suite struct CoordinateTests {
    let a = Expr.scalar("a"), x = Expr.vector("x"), y = Expr.vector("y")
    let ys = Symbol.vector("y")
    func c(_ name: String, _ i: Int) -> Expr { Expr(Symbol.coordinate(name, i)) }

    @Test func coordinateIndices() {
        #expect((c("x", 3) + c("x", 1) * c("y", 2) + a + sum(x)).node.coordinateIndices() == ["x": 3, "y": 2])
        #expect((a + sum(x)).node.coordinateIndices().isEmpty)
    }

    @Test func coordinateOfAVectorExpression() throws {
        let e = 2 * x + sign(y) * a + sum(x) + ite(normInf(x) .<= 1, x, 0)
        let got = Expr(try Instantiation.coordinate(e.node, 2))
        #expect(got == 2 * c("x", 2) + sign(c("y", 2)) * a + sum(x) + ite(normInf(x) .<= 1, c("x", 2), 0))
        #expect(try Instantiation.coordinate(a.node, 4) === a.node)
        #expect(throws: ShapeError.self) { try Instantiation.coordinate(x.node, 0) }
    }

    @Test func substitutingAVectorReplacesItsCoordinates() throws {
        let goal = c("y", 1) .== c("x", 1) + 1
        #expect(goal.substituting([ys: x + 1]) == Constraint(true))
        #expect((c("y", 2) + a).substituting([ys: 2 * x]) == 2 * c("x", 2) + a)
        // An explicit entry for the coordinate wins.
        #expect((c("y", 2) + a).substituting([ys: 2 * x, .coordinate("y", 2): Expr(7)]) == 7 + a)
    }

    @Test func theParserReadsCoordinatesOfVectorDefinitions() throws {
        var table: SymbolTable = [.scalar("a"), .vector("x")]
        _ = try Parser.definitions("y = 2*x + a\nb = a + 1", into: &table)
        #expect(try Parser.expression("y[2]", symbols: table) == 2 * c("x", 2) + a)
        #expect(throws: ParseError.self) { try Parser.expression("b[1]", symbols: table) }
    }

    /// Coordinate i read without the dimension agrees with the expansion at d = 3.
    @Test(arguments: [71, 72] as [UInt64])
    func coordinateAgreesWithExpansion(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: false)
        var compared = 0
        for _ in 0..<150 {
            let e = gen.vector(4).expr
            let expanded = try e.coordinates(dim: Vars.dim)
            let env = gen.point()
            var flat: Environment<Rational> = [:]
            for (s, value) in env {
                switch value {
                case .scalar: flat[s] = value
                case .vector(let xs): for (i, r) in xs.enumerated() { flat[.coordinate(s.name, i + 1)] = .scalar(r) }
                }
            }
            for i in 1...Vars.dim {
                let ci = try Expr(Instantiation.coordinate(e.node, i)).expanded(dim: Vars.dim)
                let want = try? expanded[i - 1].evaluateScalar(flat)
                let got = try? ci.evaluateScalar(flat)
                #expect(want == got, "\(e) at coordinate \(i)")
                if want != nil { compared += 1 }
            }
        }
        #expect(compared > 100)
    }
}
