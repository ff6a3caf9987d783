import Dynamics
import Foundation
import Simulation
import Symbolic
import Testing

/// A user-defined κ in the simulator (`SimulationConfig.custom`): written as the library's
/// own κ, it must give the library kernel's trajectory — the same rationals in exact runs,
/// the same H and Theorem 4.1 bound in Double — and undefined pieces are errors, not NaNs.
@Suite("simulate with a user-defined κ")
struct CustomKappaTests {
    static let objective = CenteredQuadratic(dimension: 3, center: .values([3, -2, Rational(2, 5)]))
    static let hyper = LionHyperParameters(eps: Rational(1, 20), lam: 1)

    static func config(_ kappa: KappaID = .l1, custom: CustomKappa? = nil, precision: Precision, scheme: Scheme = .explicit,
                       convention: MomentumConvention = .paper, steps: Int = 40, smoothness: Rational? = nil) -> SimulationConfig {
        var c = SimulationConfig(kappa: kappa, scheme: scheme, convention: convention, precision: precision, hyper: hyper,
                                 steps: steps, initialX: .uniform(scale: 2), seed: 5, smoothness: smoothness)
        c.custom = custom
        return c
    }

    /// (library κ, the same κ written by hand) with a rational ∇K.
    static let rationalPairs: [(KappaID, CustomKappa)] = [
        (.l1, CustomKappa(K: "norm1(x)")),
        (.halfSq, CustomKappa(K: "sum(x^2)/2")),
        (.relu, CustomKappa(K: "sum(relu(x))")),
        (.huber(Rational(1, 2)), CustomKappa(K: "sum(x^2)", gradient: "clip(2*x, -1, 1)")),
        (.l1PlusHalfSq, CustomKappa(K: "norm1(x) + sum(x^2)/2")),
    ]

    @Test(arguments: 0..<5)
    func exactRunsGiveTheLibraryKernelsRationals(pair: Int) throws {
        let (id, custom) = Self.rationalPairs[pair]
        for scheme in Scheme.allCases {
            for convention in MomentumConvention.allCases {
                let lib = try Simulation.simulate(Self.config(id, precision: .exact, scheme: scheme, convention: convention),
                                                  objective: Self.objective)
                let user = try Simulation.simulate(
                    Self.config(custom: custom, precision: .exact, scheme: scheme, convention: convention), objective: Self.objective)
                #expect(user.records.count == lib.records.count)
                #expect(user.finalExactX == lib.finalExactX, "\(id) \(scheme) \(convention)")
                #expect(user.records.map(\.exactF) == lib.records.map(\.exactF))
                #expect(user.config.kappaName == "K(x) = \(custom.K)")
            }
        }
    }

    /// ℓ2 couples the coordinates: ∇K = x/‖x‖₂ derived from K = ‖x‖₂.
    @Test func aNonSeparableKappaFollowsTheLibraryKernel() throws {
        let lib = try Simulation.simulate(Self.config(.l2, precision: .double, steps: 200), objective: Self.objective)
        let user = try Simulation.simulate(Self.config(custom: CustomKappa(K: "norm2(x)"), precision: .double, steps: 200),
                                           objective: Self.objective)
        for (a, b) in zip(lib.finalX, user.finalX) { #expect(abs(a - b) < 1e-12) }
        #expect(user.finalX.count == 3)
    }

    /// With K* (and the domain) H is the library's; ∇K* derived from K* gives the bound.
    @Test func hAndTheBoundFromTheUsersConjugate() throws {
        let pairs: [(KappaID, CustomKappa)] = [
            (.l1PlusHalfSq, CustomKappa(K: "norm1(x) + norm2(x)^2/2", conjugate: "sum(relu(abs(y) - 1)^2)/2")),
            (.l1, CustomKappa(K: "norm1(x)", conjugate: "0", domain: "norminf(y) <= 1")),
        ]
        for (id, custom) in pairs {
            let lib = try Simulation.simulate(Self.config(id, precision: .double, scheme: .implicit, steps: 300, smoothness: 1),
                                              objective: Self.objective)
            let user = try Simulation.simulate(
                Self.config(custom: custom, precision: .double, scheme: .implicit, steps: 300, smoothness: 1), objective: Self.objective)
            var finite = 0
            for (a, b) in zip(lib.records, user.records) {
                #expect((a.H == nil) == (b.H == nil), "\(id) step \(a.step)")
                if let ha = a.H, let hb = b.H {
                    finite += 1
                    #expect(abs(ha - hb) <= 1e-9 * max(1, abs(ha)), "\(id) step \(a.step)")
                }
                #expect((a.decreaseBound == nil) == (b.decreaseBound == nil))
                if let ba = a.decreaseBound, let bb = b.decreaseBound { #expect(abs(ba - bb) <= 1e-9 * max(1, abs(ba))) }
            }
            #expect(finite > 100, "\(id): H finite at only \(finite) records")
            if custom.domain != nil {
                #expect(user.records.contains { $0.lamXInDomain == true })
                #expect(user.records.allSatisfy { ($0.lamXInDomain == true) == ($0.H != nil) })
            }
        }
    }

    @Test func withoutAConjugateThereIsNoH() throws {
        let t = try Simulation.simulate(Self.config(custom: CustomKappa(K: "norm1(x)"), precision: .double), objective: Self.objective)
        #expect(t.records.allSatisfy { $0.H == nil })
        #expect(t.records.contains { $0.f != t.records[0].f })
    }

    @Test func anUndefinedGradientIsAnErrorNamingTheStep() throws {
        // ∇K = log(x) is undefined where a coordinate of m̃ is negative, at the first step.
        let bad = CustomKappa(K: "sum(x^2)", gradient: "log(x)")
        #expect {
            _ = try Simulation.simulate(Self.config(custom: bad, precision: .double), objective: Self.objective)
        } throws: { error in
            "\(error)".contains("undefined at step 0") && "\(error)".contains("outside the domain")
        }
        // √2 is no rational: an exact run says so instead of rounding.
        let irrational = CustomKappa(K: "norm2(x)")
        #expect(throws: SimulationError.self) {
            _ = try Simulation.simulate(Self.config(custom: irrational, precision: .exact), objective: Self.objective)
        }
    }

    @Test func badPiecesNameThePiece() {
        for (custom, piece) in [(CustomKappa(K: "x"), "K"), (CustomKappa(K: "sum(x)", gradient: "sum(x)"), "grad"),
                                (CustomKappa(K: "sum(x)", conjugate: "y +"), "conjugate"),
                                (CustomKappa(K: "sum(x)", conjugate: "0", domain: "norm_inf(y) <= 1"), "domain")] {
            #expect(throws: KappaTextError.self) { _ = try custom.compiled() }
            do { _ = try custom.compiled() } catch { #expect(error.piece == piece, "\(custom): \(error)") }
        }
    }
}
