import ArgumentParser
import Dynamics
import Foundation
import Verification

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the claim catalogue.")

    func run() {
        let width = Catalogue.entries.map(\.name.count).max() ?? 0
        for e in Catalogue.entries {
            print("\(e.name.padding(toLength: width, withPad: " ", startingAt: 0))  κ=\(e.kappa)  expect \(e.expected.name.padding(toLength: 7, withPad: " ", startingAt: 0))  \(e.summary)")
        }
    }
}
