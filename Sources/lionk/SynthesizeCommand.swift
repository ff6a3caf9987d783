import ArgumentParser
import Dynamics
import Foundation
import Symbolic
import Verification

struct Synthesize: CooperativeCommand {
    static let configuration = CommandConfiguration(
        abstract: "For which values of an unknown coefficient does a ∀-claim hold? Certified regions.",
        discussion: """
            The claim file's [unknowns] table names the coefficient and its search interval
            (e.g. c = "[0, 10]"); or give --unknown NAME=lo:hi for any parameter. The answer is
            a list of regions of the interval: holds (the claim restricted to the region is
            proved; a point is the simplest rational of a narrow bracket, proved there), fails
            (one exactly checked counterexample, and the region where it stays one, proved in
            the unknown alone) and undecided. See docs/synthesis.md.
            Exit codes: 0 every region decided, 3 some region undecided, 64 usage, 65 bad input.

            Examples:
              lionk synthesize examples/synthesis-lyapunov-l1-c.toml
              lionk synthesize examples/synthesis-lyapunov-l1-c.toml --tolerance 1e-12 --json
            """)

    @Argument(help: "A claim file with an [unknowns] table, or any claim (with --unknown).")
    var claim: String

    @Option(help: "The unknown and its search interval: name=lo:hi (default: the claim file's [unknowns]).")
    var unknown: String?

    @Option(help: "Intervals narrower than this are not split (their simplest rational is tried as a point); an exact number, default 1e-9.")
    var tolerance: String = "1e-9"

    @Option(help: "At most this many verifications (default 200).")
    var max: Int = 200

    @Flag(help: "Print one JSON object on stdout.")
    var json = false

    @Flag(name: .shortAndLong, help: "List every region (runs of adjacent regions are summarised otherwise).")
    var verbose = false

    @OptionGroup var engineFlags: EngineFlags

    func validate() throws {
        guard let t = exactNumber(tolerance), t.signum > 0 else { throw ValidationError("--tolerance must be a positive exact number, like 1e-9 or 1/1000") }
        guard (1...10_000).contains(max) else { throw ValidationError("--max must be between 1 and 10000") }
    }

    func run() throws {
        try runMain {
            var (c, _) = try loadClaimWithNotes(claim)
            var name: String
            var range: ParameterDomain
            if let spec = unknown {
                guard let eq = spec.firstIndex(of: "=") else { throw fail("--unknown expects name=lo:hi, got '\(spec)'") }
                name = String(spec[..<eq])
                let bounds = spec[spec.index(after: eq)...].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard bounds.count == 2, let lo = exactNumber(bounds[0]), let hi = exactNumber(bounds[1]), lo < hi else {
                    throw fail("--unknown expects name=lo:hi with exact numbers lo < hi, got '\(spec)'")
                }
                guard c.parameters.contains(where: { $0.symbol.name == name }) else {
                    throw fail("--unknown: '\(name)' is not a parameter of this claim (parameters: \(c.parameters.map(\.symbol.name).joined(separator: ", ")))")
                }
                range = .closed(lo, hi)
                c = c.with(name, domain: range)
            } else {
                let text = (try? String(contentsOfFile: claim, encoding: .utf8)) ?? ""
                let names = ClaimFile.unknownNames(text: text)
                guard let first = names.first else {
                    throw fail("'\(claim)' has no [unknowns] table: give --unknown NAME=lo:hi", code: Exit.usage)
                }
                guard names.count == 1 else {
                    throw fail("'\(claim)' has \(names.count) unknowns (\(names.joined(separator: ", "))): synthesis handles one unknown so far", code: Exit.dataError)
                }
                name = first
                range = c.parameters.first { $0.symbol.name == first }!.domain
            }
            let engine = try engineFlags.engine(progress: nil)
            let progress = json ? nil : terminalProgress()
            let r: SynthesisResult
            do {
                r = try engine.synthesize(c, unknown: name, range: range, tolerance: exactNumber(tolerance)!, maxVerifications: max, progress: progress)
            } catch {
                throw fail("claim '\(claim)': \(error)", code: Exit.dataError)
            }
            clearProgress()
            try Interrupt.check("before a result")
            let undecided = r.regions.contains { $0.kind == .undecided }
            if json {
                print(jsonText(Self.json(r)))
            } else {
                print(Self.text(r, verbose: verbose))
            }
            return undecided ? 3 : 0
        }
    }

    static func domainText(_ name: String, _ d: ParameterDomain) -> String {
        if let v = d.exactValue { return "\(name) = \(v)" }
        return "\(name) ∈ \(d)"
    }

    static func text(_ r: SynthesisResult, verbose: Bool = false) -> String {
        var out: [String] = []
        let valid = r.merged
        let head = valid.isEmpty ? "no value found where it holds" : "holds for " + valid.map { domainText(r.unknown, $0) }.joined(separator: " ∪ ")
        out.append("SYNTHESIS \(r.claim), \(r.unknown) ∈ \(r.range): \(head)")
        out.append("  \(r.verifications) verifications in \(String(format: "%.2f", r.seconds)) s")
        // Runs of adjacent regions of one kind are summarised (first and last shown) unless verbose.
        var shown: [SynthesisRegion] = []
        var i = 0
        let regs = r.regions
        while i < regs.count {
            var j = i
            while j + 1 < regs.count, regs[j + 1].kind == regs[i].kind, regs[j + 1].kind != .undecided { j += 1 }
            if verbose || j - i < 3 {
                shown += regs[i...j]
            } else {
                shown.append(regs[i])
                var gap = regs[i]
                gap.kind = regs[i].kind
                gap.certificate = "… \(j - i - 1) more \(regs[i].kind.rawValue) regions, each with its own certificate (--verbose lists them)"
                gap.counterexample = nil
                gap.domain = ParameterDomain(lower: regs[i + 1].domain.lower, lowerClosed: regs[i + 1].domain.lowerClosed, upper: regs[j - 1].domain.upper, upperClosed: regs[j - 1].domain.upperClosed)
                shown.append(gap)
                shown.append(regs[j])
            }
            i = j + 1
        }
        for reg in shown {
            let word = reg.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            out.append("  \(word) \(domainText(r.unknown, reg.domain))")
            out.append("            \(reg.certificate)")
            if let cx = reg.counterexample {
                let vals = cx.values.sorted { $0.key < $1.key }.filter { !Fresh.isFresh($0.key) }.prefix(8).map { "\($0.key) = \($0.value)" }
                out.append("            counterexample (d = \(cx.dimension)): " + vals.joined(separator: ", "))
            }
            if reg.kind == .undecided, let w = reg.domain.width { out.append("            width \(String(format: "%.3g", w.doubleValue))") }
        }
        return out.joined(separator: "\n")
    }

    static func json(_ r: SynthesisResult) -> [String: Any] {
        func dom(_ d: ParameterDomain) -> [String: Any] {
            [
                "text": d.description, "lower": d.lower.map { $0.description as Any } ?? NSNull(), "upper": d.upper.map { $0.description as Any } ?? NSNull(),
                "lower_closed": d.lowerClosed, "upper_closed": d.upperClosed,
            ]
        }
        return [
            "claim": r.claim, "unknown": r.unknown, "range": dom(r.range), "verifications": r.verifications, "seconds": r.seconds,
            "valid": r.merged.map(dom),
            "regions": r.regions.map { reg -> [String: Any] in
                var o: [String: Any] = ["kind": reg.kind.rawValue, "domain": dom(reg.domain), "certificate": reg.certificate]
                o["proof"] = reg.proof.map { ["verdict": $0.verdict.name, "cases": $0.cases.count, "claim": $0.claim] as [String: Any] } ?? NSNull()
                if let cx = reg.counterexample {
                    var values: [String: String] = [:]
                    for (s, v) in cx.values { values[s.description] = v.description }
                    o["counterexample"] = ["dimension": cx.dimension, "values": values, "check": cx.check] as [String: Any]
                } else {
                    o["counterexample"] = NSNull()
                }
                return o
            },
        ]
    }
}
