import Testing
import Symbolic

// Type-checking benchmark (docs/dsl.md): 100-term expressions written with + and -.
// Generated; do not edit by hand. Build with
//   -Xswiftc -Xfrontend -Xswiftc -warn-long-expression-type-checking=200
// to see that no expression here takes 200 ms.

enum Long100 {
    static let v0 = Expr.scalar("v0")
    static let v1 = Expr.scalar("v1")
    static let v2 = Expr.scalar("v2")
    static let v3 = Expr.scalar("v3")
    static let v4 = Expr.scalar("v4")
    static let v5 = Expr.scalar("v5")
    static let v6 = Expr.scalar("v6")
    static let v7 = Expr.scalar("v7")
    static let v8 = Expr.scalar("v8")
    static let v9 = Expr.scalar("v9")
    static let v10 = Expr.scalar("v10")
    static let v11 = Expr.scalar("v11")
    static let v12 = Expr.scalar("v12")
    static let v13 = Expr.scalar("v13")
    static let v14 = Expr.scalar("v14")
    static let v15 = Expr.scalar("v15")
    static let v16 = Expr.scalar("v16")
    static let v17 = Expr.scalar("v17")
    static let v18 = Expr.scalar("v18")
    static let v19 = Expr.scalar("v19")
    static let v20 = Expr.scalar("v20")
    static let v21 = Expr.scalar("v21")
    static let v22 = Expr.scalar("v22")
    static let v23 = Expr.scalar("v23")
    static let v24 = Expr.scalar("v24")
    static let v25 = Expr.scalar("v25")
    static let x = Expr.vector("x"), y = Expr.vector("y")

    /// 100 symbols chained with + and - in one expression.
    static func chain() -> Expr {
        let e = v4 + v25 - v2 + v3 + v24 - v15 - v12 + v6 + v15 + v12 - v19 + v24 - v22 - v8 - v25 - v18 - v10 - v0 + v20 + v0 - v21 - v13 - v0 - v7 + v14 - v17 + v11 - v21 + v24 - v9 + v13 + v20 + v5 - v23 + v3 + v10 + v22 - v13 - v21 + v9 - v18 + v16 + v18 - v15 - v23 - v12 + v21 - v11 + v22 + v21 + v11 - v14 + v16 + v24 - v16 - v11 + v23 - v15 - v9 + v19 + v18 + v20 + v5 - v7 + v24 + v17 - v7 + v16 - v18 + v14 + v21 - v19 + v0 - v25 + v16 - v4 - v24 - v6 + v1 - v11 - v17 - v16 + v15 + v13 + v0 - v17 + v25 - v10 - v19 + v25 - v20 + v17 - v5 - v25 - v25 + v1 + v2 + v0 + v0 + v24
        return e
    }

    /// 100 mixed terms (products, literals, quotients, vectors) as five lets of 20 terms.
    static func mixed() -> Expr {
        let p0 = v5*v5 - 3*v17 + v8*x + v19/v10 + v16*v8 + 7*v11 - v10*x + v7/v9 + v19*v24 - 4*v22 - v4*x + v24/v17 + v3*v10 + 8*v1 - v2*x + v4/v25 - v4*v10 - 5*v3 - v18*x - v2/v12
        let p1 = -v18*v17 + 2*v7 - v2*x - v9/v11 + v18*v17 - 6*v3 - v8*x + v1/v25 - v9*v0 + 3*v19 + v0*x - v3/v13 + v25*v1 + 7*v6 + v25*x - v5/v13 - v3*v14 - 4*v5 - v7*x + v3/v23
        let p2 = v13*v12 + 8*v25 - v9*x + v22/v8 + v15*v10 - 5*v3 - v20*x + v0/v1 + v0*v25 - 2*v9 - v19*x - v12/v14 + v10*v12 - 6*v2 - v10*x - v3/v14 + v8*v6 + 3*v25 + v24*x - v15/v22
        let p3 = v21*v11 + 7*v8 - v17*x - v6/v9 - v7*v11 - 4*v2 + v2*x - v2/v14 + v20*v18 + 8*v20 - v7*x + v1/v9 + v10*v5 - 5*v10 - v18*x + v10/v7 + v3*v17 - 2*v19 - v25*x - v7/v2
        let p4 = -v7*v0 + 6*v25 + v12*x + v17/v8 - v2*v23 + 3*v2 - v20*x + v24/v9 + v25*v11 + 7*v15 - v4*x + v24/v16 - v25*v10 - 4*v2 - v21*x + v24/v5 - v4*v4 - 8*v10 + v3*x - v19/v16
        return sum([p0, p1, p2, p3, p4])
    }
}

@Test func hundredTermExpressions() throws {
    let chain = Long100.chain()
    #expect(chain.node.op == Op.add)
    #expect(try Parser.expression(chain.description, symbols: SymbolTable(Array(chain.symbols))) == chain)
    let mixed = Long100.mixed()
    #expect(try Parser.expression(mixed.description, symbols: SymbolTable(Array(mixed.symbols))) == mixed)
}
