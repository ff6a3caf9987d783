import ArgumentParser
import Dynamics
import Foundation
import Simulation
import Symbolic
import Verification

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a counterexample written by `lionk verify --json` on a concrete function.",
        discussion: """
            Builds a function of the claimed class through the counterexample (for an
            L-smooth f a quadratic of curvature |a| ≤ L), runs the step in exact
            arithmetic and in Double, and evaluates both sides of the claim. Exit code 0
            when confirmed, 1 when spurious, 65 for a file that is not a verify result
            with a counterexample.

            Example:
              lionk verify lionk.lyapunov-discrete.doubled-c --json > cx.json
              lionk replay cx.json
            """)

    @Argument(help: "A JSON file written by `lionk verify --json`.")
    var file: String

    @Flag(help: "Print the replay as JSON.")
    var json = false

    func run() throws {
        try runMain {
            guard let data = FileManager.default.contents(atPath: file) else { throw fail("cannot read '\(file)'", code: Exit.dataError) }
            guard let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw fail("'\(file)' is not a JSON object written by `lionk verify --json`", code: Exit.dataError)
            }
            guard let claim = obj["claim"] as? String else { throw fail("'\(file)': no \"claim\" field", code: Exit.dataError) }
            guard let cx = obj["counterexample"] as? [String: Any], let raw = cx["values"] as? [String: Any],
                let dim = cx["dimension"] as? Int
            else { throw fail("'\(file)': no counterexample to replay (verdict \(obj["verdict"] ?? "?"))", code: Exit.dataError) }
            var values: [Symbol: ExactValue] = [:]
            for (name, v) in raw {
                guard let text = v as? String, let r = exactNumber(text) else {
                    throw fail("'\(file)': the value of \(name) is not an exact rational (irrational values cannot be replayed exactly)", code: Exit.dataError)
                }
                values[symbol(named: name)] = .rational(r)
            }
            let r: ReplayResult
            if let path = obj["claim_file"] as? String {
                // A claim file: replayed by the dynamics it declares.
                let c: Claim
                let declared: DeclaredDynamics?
                do {
                    c = try ClaimFile.load(path: path)
                    declared = try ClaimFile.declaredDynamics(path: path)
                } catch {
                    throw fail("'\(file)' names the claim file '\(path)': \(error)", code: Exit.dataError)
                }
                guard let dyn = declared else {
                    throw fail("the claim file '\(path)' declares no [dynamics]: add one to replay its counterexamples (docs/claim-files.md)", code: Exit.dataError)
                }
                let cx = Counterexample(dimension: dim, values: values, caseLabel: "", check: "exact", notes: [])
                r = Replay.replay(cx, claim: c, dynamics: dyn)
            } else {
                guard let which = ReplayClaim(claimName: claim) else {
                    throw fail("no replay is known for claim '\(claim)' (replays exist for the Lion claims of the catalogue and for claim files with [dynamics])", code: Exit.dataError)
                }
                r = Replay.replay(values: values, dimension: dim, claim: which)
            }
            if json {
                print(jsonText(replayObject(r)))
            } else {
                print("replay of \(r.claim) (d = \(r.dimension)): \(r.status)")
                if !r.function.isEmpty { print("  f = \(r.function)") }
                if let l = r.lhsExact, let rr = r.rhsExact { print("  \(r.lhsName) = \(l)  vs  \(r.rhsName) = \(rr) (exact)") }
                if let l = r.lhsDouble, let rr = r.rhsDouble { print("  in Double: \(l) vs \(rr)") }
                for (k, v) in r.details.sorted(by: { $0.key < $1.key }) { print("  \(k) = \(v)") }
            }
            return r.isConfirmed ? 0 : 1
        }
    }
}

/// "x[2]" → coordinate 2 of x; anything else a scalar.
func symbol(named name: String) -> Symbol {
    if name.hasSuffix("]"), let open = name.firstIndex(of: "["),
        let i = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
    {
        return .coordinate(String(name[..<open]), i)
    }
    return .scalar(name)
}
