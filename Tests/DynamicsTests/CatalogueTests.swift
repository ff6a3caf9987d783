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
        for e in Catalogue.entries where e.summary.hasPrefix("mutation") {
            #expect(e.expected == .refuted, "\(e.name)")
        }
    }

    @Test func entriesBuildClaimsAtTheRequestedDimensions() {
        for e in Catalogue.entries {
            let c = e.make(.fixed([2]))
            #expect(c.dimensions == .fixed([2]), "\(e.name)")
        }
    }
}
