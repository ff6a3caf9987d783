import ArgumentParser
import Dynamics
import Foundation
import Verification

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the claim catalogue (name, κ, expected verdict, what it shows).",
        discussion: """
            Examples:
              lionk list                       every claim
              lionk list --kappa huber         the claims about one κ
              lionk list --family lionk.invariance
            """)

    @Option(help: "Only the claims about this κ (a deliberately wrong κ counts as the κ it mutates).")
    var kappa: KappaID?

    @Option(help: "Only the claims of this family (a name without its κ and scheme parts, as for `verify --kappa`).")
    var family: String?

    @Flag(help: "Print one JSON object on stdout: {\"claims\": [{name, kappa, expected, summary, slow, family}]}.")
    var json = false

    func run() throws {
        try runMain {
            let entries = Catalogue.entries.filter { e in
                (kappa == nil || e.key.kappa == kappa) && (family == nil || e.key.familyName == family)
            }
            if entries.isEmpty, let f = family {
                let families = CatalogueResolver.families.sorted()
                throw fail("no catalogue claim in family '\(f)'\(kappa.map { " for κ = \($0)" } ?? "") (families: \(families.joined(separator: ", ")))")
            }
            if entries.isEmpty, let k = kappa {
                throw fail("--kappa \(k): no catalogue claim is about this κ (the catalogue's: \(CatalogueResolver.kappas.map(\.name).joined(separator: ", ")))")
            }
            if json {
                print(jsonText(["claims": entries.map { e -> [String: Any] in
                    [
                        "name": e.name, "kappa": e.kappa, "expected": e.expected.name, "summary": e.summary, "slow": e.slow,
                        "family": e.key.familyName,
                    ]
                }]))
                return 0
            }
            let rows = [["claim", "κ", "expected", "what it shows"]] + entries.map { [$0.name, $0.kappa, $0.expected.name, $0.summary] }
            print(table(rows))
            return 0
        }
    }
}
