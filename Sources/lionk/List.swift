import ArgumentParser
import Dynamics
import Foundation
import Verification

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the claim catalogue (name, κ, expected verdict, what it shows).")

    func run() {
        let rows = [["claim", "κ", "expected", "what it shows"]] + Catalogue.entries.map { [$0.name, $0.kappa, $0.expected.name, $0.summary] }
        print(table(rows))
    }
}
