import ArgumentParser
import Dynamics
import Symbolic
import Testing

@testable import lionk

/// The catalogue as data: every entry's name is derived from its typed key, and `--kappa` /
/// `--scheme` are parsed by the argument parser into `KappaID` / `Scheme` and pick entries by
/// key, never by taking names apart.
@Suite("catalogue keys and typed κ options")
struct CatalogueKeyTests {
    @Test func namesAreUniqueAndDerivedFromKeys() {
        let names = Catalogue.entries.map(\.name)
        #expect(Set(names).count == names.count)
        for e in Catalogue.entries {
            #expect(e.name == (e.key.alias ?? e.key.derivedName()))
            #expect(Catalogue.entry(named: e.name)?.key == e.key)
            // A listed κ is the mutant's own name or the library κ's.
            #expect(e.kappa == (e.key.mutant ?? e.key.kappa?.name))
        }
        #expect(Catalogue.entry(named: "lion.box-invariant")?.key.derivedName() == "lionk.invariance.explicit.l1")
        #expect(Catalogue.entry(named: "kappa.l3_2.convexity")?.key.familyName == "kappa.convexity")
    }

    @Test func everyEntryIsReachedFromEveryMemberOfItsFamily() throws {
        for e in Catalogue.entries {
            guard let k = e.key.kappa else { continue }
            #expect(try CatalogueResolver.resolve(e.name, kappa: k, scheme: e.key.scheme).name == e.name)
            for other in Catalogue.entries where other.key.familyName == e.key.familyName && other.key.kappa != nil {
                let picked = try CatalogueResolver.resolve(other.name, kappa: k, scheme: e.key.scheme)
                #expect(picked.key.kappa == k && picked.key.scheme == e.key.scheme && picked.key.familyName == e.key.familyName,
                    "\(other.name) --kappa \(k) --scheme \(e.key.scheme?.rawValue ?? "-") gave \(picked.name), expected a member like \(e.name)")
            }
        }
    }

    @Test func kappaAndSchemeAreParsedIntoTypes() throws {
        let v = try Verify.parse(["lionk.invariance", "--kappa", "l3_2", "--scheme", "implicit"])
        #expect(v.kappa == .lp(Rational(3, 2)))
        #expect(v.scheme == .implicit)
        #expect(try Verify.parse(["x", "--kappa", "lp:5/2"]).kappa == .lp(Rational(5, 2)))
        #expect(try SimulateCommand.parse(["--kappa", "half-sq"]).kappa == .halfSq)
        #expect(try SimulateCommand.parse(["--kappa", "huber:1/4"]).kappa == .huber(Rational(1, 4)))
        // No --kappa: l1 at run time, unless --K gives the user's own κ (not both).
        #expect(try SimulateCommand.parse([]).kappa == nil)
        #expect(try SimulateCommand.parse(["--K", "norm1(x)"]).userK == "norm1(x)")
        #expect(throws: (any Error).self) { try SimulateCommand.parse(["--K", "norm1(x)", "--kappa", "l1"]) }
        #expect(throws: (any Error).self) { try SimulateCommand.parse(["--conjugate", "0"]) }
        #expect(try KappaCheck.parse(["lp:4"]).spec == .lp(4))
        // An adversarial user crashed `kappa check lp:1e19` (SIGILL in the ℓp encoding):
        // exponents whose parts exceed KappaID.lpLimit are no κ.
        for bad in ["l7", "lp:1", "lp:x", "huber:0", "huber:-1", "", "l1:2", "l3:3", "relu:", ":", "lp:", "lp:1e19", "lp:1e309",
                    "lp:9223372036854775807", "lp:99999999999999999999", "lp:101", "lp:201/200"] {
            #expect(throws: (any Error).self, "\(bad)") { try Verify.parse(["x", "--kappa", bad]) }
            #expect(throws: (any Error).self, "\(bad)") { try KappaCheck.parse([bad]) }
        }
        #expect(try KappaCheck.parse(["lp:100"]).spec == .lp(100))
        #expect(try KappaCheck.parse(["lp:99/98"]).spec == .lp(Rational(99, 98)))
        #expect(throws: (any Error).self) { try List.parse(["--kappa", "neg-abs"]) }
    }

    @Test func aWrongValueIsOneLineListingTheChoices() {
        let long = "The value 'x' is invalid for '--kappa <kappa>'. Please provide one of the following:\n  - l1\n  - l2\n\nUsage: …"
        #expect(oneLine(long) == "The value 'x' is invalid for '--kappa <kappa>'. Please provide one of l1, l2")
        #expect(oneLine("Missing expected argument '<claim>'\nHelp: …") == "Missing expected argument '<claim>'")
        #expect(oneLine("") == "invalid command line")
    }
}

/// The discussion texts of `--help` are laid out at 80 columns in the source: the argument
/// parser wraps a longer line on its own, which leaves a stub of a few words on a line of its
/// own (a one-word "by a" line in `fuzz --help` before).
@Suite struct DiscussionLayoutTests {
    static let commands: [any ParsableCommand.Type] = [
        Lionk.self, Verify.self, Check.self, SimulateCommand.self, ReplayCommand.self, MapCommand.self, Merge.self,
        KappaCommand.self, KappaList.self, KappaCheck.self, Reproduce.self, List.self, Export.self, Bench.self,
        FuzzCommand.self, Synthesize.self,
    ]

    @Test func noDiscussionLineIsWiderThan80Columns() {
        for c in Self.commands {
            let wide = c.configuration.discussion.split(separator: "\n").filter { $0.count > 80 }
            #expect(wide.isEmpty, "\(c.configuration.commandName ?? "lionk"): \(wide.map { "\($0.count): \($0.prefix(50))" })")
        }
    }
}
