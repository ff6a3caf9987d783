import Dynamics
import Foundation
import Proof
import Simulation
import Symbolic
import Verification

/// `lionk synthesize` with several unknowns: the counterexample-guided search, and with
/// exactly two unknowns the box map (docs/synthesis.md "Several unknowns").
extension Synthesize {
    func runSearch(_ c: Claim, unknowns: [(String, ParameterDomain)], engine: Engine) throws -> Int32 {
        let progress = json ? nil : terminalProgress()
        let r = try synthesis { try engine.search(c, unknowns: unknowns, maxVerifications: max, progress: progress) }
        // Each counterexample replayed by the simulator when the claim declares its update.
        var replays: [Int: ReplayResult] = [:]
        if let dyn = try? ClaimFile.declaredDynamics(path: claim) {
            for (i, round) in r.rounds.enumerated() {
                guard let cx = round.counterexample else { continue }
                var at = c
                for (name, v) in round.candidate { at = at.with(name, domain: .exactly(v)) }
                replays[i] = Replay.replay(cx, claim: at, dynamics: dyn)
            }
        }
        try emit(
            json: { Self.json(r) }, replays: replays, under: "rounds", text: { Self.text(r, verbose: verbose, replays: replays) },
            latex: { LaTeXFragment.synthesis(r) }, proofs: Self.proofs(r), engine: engine)
        return r.outcome == .undecided ? 3 : 0
    }

    func runMap(_ c: Claim, unknowns: [(String, ParameterDomain)], engine: Engine) throws -> Int32 {
        let progress = json ? nil : terminalProgress()
        let r = try synthesis {
            try engine.synthesisMap(c, x: unknowns[0], y: unknowns[1], grid: grid, depth: depth, maxVerifications: max, progress: progress)
        }
        if let path = svg {
            try writeMapSVG(Self.mapFile(r), to: path, title: Self.svgTitle(r.claim))
        }
        if json { print(jsonText(Self.json(r))) } else { print(Self.text(r, verbose: verbose)) }
        if let path = latex { try ProofWriting.writeText(LaTeXFragment.synthesis(r), to: path, what: "the LaTeX fragment") }
        try writeProofsIfAsked(Self.proofs(r), engine: engine)
        return r.count(.undecided) > 0 ? 3 : 0
    }

    static func point(_ u: [String: Rational], _ names: [String]) -> String {
        names.map { "\($0) = \(u[$0]?.description ?? "?")" }.joined(separator: ", ")
    }

    static func counterexampleLine(_ cx: Counterexample) -> String {
        let vals = cx.values.sorted { $0.key < $1.key }.filter { !Fresh.isFresh($0.key) }.prefix(16).map { "\($0.key) = \($0.value)" }
        return "counterexample (d = \(cx.dimension)): " + vals.joined(separator: ", ")
    }

    static func text(_ r: SynthesisSearchResult, verbose: Bool = false, replays: [Int: ReplayResult] = [:]) -> String {
        let names = r.unknowns.map(\.name)
        let box = r.unknowns.map { "\($0.name) ∈ \($0.range)" }.joined(separator: ", ")
        let head: String
        switch r.outcome {
        case .holds: head = "holds at \(point(r.point ?? [:], names))"
        case .empty: head = "no value in the box: certified empty"
        case .undecided: head = "undecided"
        }
        var out = ["SEARCH \(r.claim), \(box): \(head)"]
        let n = r.rounds.count + (r.outcome == .holds ? 1 : 0)
        out.append("  \(n) candidate\(n == 1 ? "" : "s"), \(r.verifications) verifications in \(String(format: "%.2f", r.seconds)) s")
        let shown = verbose || r.rounds.count <= 6 ? Array(r.rounds.enumerated()) : Array(r.rounds.enumerated().prefix(3)) + Array(r.rounds.enumerated().suffix(2))
        var last = -1
        for (i, round) in shown {
            if i > last + 1 { out.append("  … \(i - last - 1) more candidates (--verbose lists them)") }
            last = i
            out.append("  candidate \(i + 1): \(point(round.candidate, names)): \(round.verdict)")
            if let cx = round.counterexample { out.append("            " + counterexampleLine(cx)) }
            if let rp = replays[i] { out.append("            replay on a concrete function: \(rp.status)") }
            if let k = round.constraint {
                let t = k.description
                out.append("            constraint on \(names.joined(separator: ", ")): " + (t.count > 160 && !verbose ? String(t.prefix(160)) + " …" : t))
            } else {
                out.append("            no constraint: not an exactly checked counterexample (this candidate is only avoided, not excluded)")
            }
        }
        switch r.outcome {
        case .holds:
            if let p = r.proof {
                out.append("  holds     \(point(r.point ?? [:], names))")
                out.append("            proved there (\(p.verdict.name), \(p.cases.count) cases)")
            }
        case .empty:
            out.append("  empty     \(box)")
            let n = r.rounds.count
            out.append(
                "            the \(n) counterexample\(n == 1 ? "" : "s") above jointly exclude the box: \"some value satisfies every constraint\" has no witness (\(r.exclusion?.verdict.name ?? "?"), \(r.exclusion?.cases.count ?? 0) case\(r.exclusion?.cases.count == 1 ? "" : "s"))"
            )
        case .undecided:
            out.append("  undecided \(box)")
            out.append("            \(r.reason ?? "no certificate")")
        }
        return out.joined(separator: "\n")
    }

    static func json(_ r: SynthesisSearchResult) -> [String: Any] {
        func values(_ u: [String: Rational]?) -> Any {
            guard let u else { return NSNull() }
            var o: [String: String] = [:]
            for (k, v) in u { o[k] = v.description }
            return o
        }
        return [
            "claim": r.claim, "mode": "search",
            "unknowns": r.unknowns.map { ["name": $0.name, "range": dom($0.range)] as [String: Any] },
            "outcome": r.outcome.rawValue, "point": values(r.point), "proof": proofObject(r.proof), "exclusion": proofObject(r.exclusion),
            "reason": r.reason.map { $0 as Any } ?? NSNull(),
            "rounds": r.rounds.map { round -> [String: Any] in
                [
                    "candidate": values(round.candidate), "verdict": round.verdict, "counterexample": counterexampleObject(round.counterexample),
                    "constraint": round.constraint.map { $0.description as Any } ?? NSNull(),
                ]
            },
            "verifications": r.verifications, "seconds": r.seconds,
        ]
    }

    /// The map as `lionk map`'s file shape (verdicts proved / refuted / unknown), for its text
    /// and SVG renderings.
    static func mapFile(_ r: SynthesisMapResult) -> MapResult {
        let word: [SynthesisRegion.Kind: String] = [.holds: "proved", .fails: "refuted", .undecided: "unknown"]
        return MapResult(
            claim: r.claim, x: MapAxis(name: r.x.name, lo: r.x.range.lower!.description, hi: r.x.range.upper!.description),
            y: MapAxis(name: r.y.name, lo: r.y.range.lower!.description, hi: r.y.range.upper!.description), grid: r.grid, depth: r.depth, shard: "1/1",
            cells: r.cells.map {
                MapCell(
                    root: 0, x: [$0.x.lower!.description, $0.x.upper!.description], y: [$0.y.lower!.description, $0.y.upper!.description],
                    verdict: word[$0.kind]!, seconds: $0.proof?.seconds ?? 0)
            })
    }

    static func text(_ r: SynthesisMapResult, verbose: Bool = false) -> String {
        var out = [
            "MAP \(r.claim), \(r.x.name) ∈ \(r.x.range), \(r.y.name) ∈ \(r.y.range): \(r.count(.holds)) holds, \(r.count(.fails)) fails, \(r.count(.undecided)) undecided cells",
            "  \(r.verifications) verifications in \(String(format: "%.2f", r.seconds)) s; P holds (proved on the cell), R fails (one counterexample proved on the whole cell), ? undecided",
        ]
        var lines = mapText(mapFile(r)).split(separator: "\n").map(String.init)
        lines.removeFirst()
        lines.removeLast()
        out += lines
        let listed = r.cells.filter { verbose || $0.kind == .holds }
        for cell in listed.prefix(verbose ? listed.count : 12) {
            out.append("  \(cell.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(r.x.name) ∈ \(cell.x), \(r.y.name) ∈ \(cell.y)")
            out.append("            \(cell.certificate)")
            if verbose, let cx = cell.counterexample { out.append("            " + counterexampleLine(cx)) }
        }
        if !verbose { out.append("  (--verbose lists every cell with its certificate; --json gives them all)") }
        return out.joined(separator: "\n")
    }

    static func json(_ r: SynthesisMapResult) -> [String: Any] {
        [
            "claim": r.claim, "mode": "map",
            "x": ["name": r.x.name, "range": dom(r.x.range)] as [String: Any], "y": ["name": r.y.name, "range": dom(r.y.range)] as [String: Any],
            "grid": r.grid, "depth": r.depth,
            "counts": ["holds": r.count(.holds), "fails": r.count(.fails), "undecided": r.count(.undecided)],
            "cells": r.cells.map { cell -> [String: Any] in
                [
                    "kind": cell.kind.rawValue, "x": dom(cell.x), "y": dom(cell.y), "certificate": cell.certificate, "proof": proofObject(cell.proof),
                    "counterexample": counterexampleObject(cell.counterexample),
                ]
            },
            "verifications": r.verifications, "seconds": r.seconds,
        ]
    }
}
