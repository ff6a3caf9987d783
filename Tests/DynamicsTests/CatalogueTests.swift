import Dynamics
import Testing
import Verification

@Suite("Claim catalogue")
struct CatalogueTests {
    @Test func namesAreUniqueAndStable() {
        let names = Catalogue.entries.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains("lion.box-invariant"))
        #expect(names.contains("lionk.lyapunov-discrete"))
    }

    @Test func everyMutationExpectsARefutation() {
        // A mutation must be refuted, never proved nor left open.
        for e in Catalogue.entries where e.summary.hasPrefix("mutation") {
            #expect(e.expected == .refuted, "\(e.name)")
        }
        // Only log-sum-exp's §5 stays unknown (a model of the exp/log abstraction).
        let unknown = Catalogue.entries.filter { $0.expected == .unknown }.map(\.name)
        #expect(unknown == ["lionk.lyapunov-discrete.logsumexp"])
    }

    @Test func entriesBuildClaimsAtTheRequestedDimensions() {
        for e in Catalogue.entries {
            let c = e.make(.fixed([2]))
            #expect(c.dimensions == .fixed([2]), "\(e.name)")
        }
    }
}

@Suite("Catalogue: slow entries")
struct SlowEntryTests {
    @Test func noEntryIsSlow() {
        // The last two slow entries were decided: ℓ3's doubled c by the rational repair of its
        // irrational d = 1 model, ℓ3/2's by the exact algebraic check of its d = 1 model.
        #expect(Catalogue.entries.filter(\.slow).map(\.name) == [])
        for name in ["kappa.l2.convexity", "lionk.invariance.implicit.l2", "lionk.lyapunov-discrete.l2", "lionk.lyapunov-discrete.l2.doubled-c"] {
            let e = Catalogue.entry(named: name)
            #expect(e?.slow == false, "\(name)")
            // ℓ2 does not separate: its claims are proved at d = 1, 2 only, and say so.
            #expect(e?.expected == (name.hasSuffix("doubled-c") ? .refuted : .provedInScope), "\(name)")
        }
        #expect(Catalogue.entry(named: "lionk.lyapunov-discrete.huber")?.slow == false)
        #expect(Catalogue.entry(named: "lionk.lyapunov-discrete.l3.doubled-c")?.slow == false)
        #expect(Catalogue.entry(named: "lionk.lyapunov-discrete.l3_2.doubled-c")?.slow == false)
    }
}
