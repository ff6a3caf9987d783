import ArgumentParser
import Dynamics
import Foundation
import Simulation
import Symbolic
import Verification

/// One cell of a parameter map: a box in the (x, y) plane and its verdict.
struct MapCell: Codable, Equatable {
    /// Index of the top-level grid cell this cell lies in (row-major, 0-based).
    var root: Int
    var x: [String]  // [lo, hi] as exact "p/q"
    var y: [String]
    var verdict: String
    var seconds: Double
}

struct MapAxis: Codable, Equatable {
    var name: String
    var lo: String
    var hi: String
}

/// The JSON a `lionk map` run (or one shard of it) writes.
struct MapResult: Codable {
    var claim: String
    var x: MapAxis
    var y: MapAxis
    var grid: Int
    var depth: Int
    var shard: String
    var cells: [MapCell]
}

/// Parses "name=lo:hi" with exact bounds.
func parseAxis(_ text: String, flag: String) throws -> (name: String, lo: Rational, hi: Rational) {
    guard let eq = text.firstIndex(of: "=") else { throw fail("\(flag) expects NAME=lo:hi, got '\(text)'") }
    let name = String(text[..<eq])
    let parts = text[text.index(after: eq)...].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, let lo = exactNumber(parts[0]), let hi = exactNumber(parts[1]), lo < hi else {
        throw fail("\(flag) expects NAME=lo:hi with exact numbers lo < hi, got '\(text)'")
    }
    return (name, lo, hi)
}

struct MapCommand: CooperativeCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Map where a claim is proved, refuted or unknown over two parameters.",
        discussion: """
            The (x, y) box is cut into a GRID × GRID grid; each cell is verified with both
            parameters restricted to it. Refuted and unknown cells are bisected (both
            axes) up to DEPTH more levels, so the map shows where the claim holds. A cell
            is proved only by its own unsat queries.

            Large maps run as independent jobs (e.g. a Slurm job array) with --shard K/N
            and are combined exactly with `lionk merge`.

            Examples:
              lionk map lionk.lyapunov-discrete.beta-order --x beta1=0:1 --y beta2=0:1 \\
                --svg map.svg
              lionk map lionk.lyapunov-discrete.beta-order --x beta1=0:1 --y beta2=0:1 \\
                --shard 1/4 --output part1.json
              lionk merge part*.json --output map.json
            """)

    @Argument(help: "A claim name from `lionk list`, or a claim file.")
    var claim: String

    @Option(help: "The horizontal parameter and its range: NAME=lo:hi.")
    var x: String

    @Option(help: "The vertical parameter and its range: NAME=lo:hi.")
    var y: String

    @Option(parsing: .unconditional, help: "Cells per axis of the initial grid (1 to 64).")
    var grid: Int = 4

    @Option(parsing: .unconditional, help: "Extra bisection levels for refuted or unknown cells (0 to 8; GRID × 2^DEPTH at most \(maxResolution)).")
    var depth: Int = 1

    @Option(help: "Run only part K of N of the grid cells: K/N (1 ≤ K ≤ N).")
    var shard: String = "1/1"

    @Option(help: "Write the JSON result to this file (written whole, or not at all).")
    var output: String?

    @Flag(help: "Print the JSON result on stdout.")
    var json = false

    @Option(help: "Draw the map as a self-contained SVG file.")
    var svg: String?

    @OptionGroup var engineFlags: EngineFlags

    func validate() throws {
        try checkRange(grid, in: 1...64, "--grid")
        try checkRange(depth, in: 0...8, "--depth")
        try checkResolution(grid: grid, depth: depth)
    }

    func run() throws {
        try runMain {
            let (k, n) = try parseShard(shard)
            let base = try loadClaim(claim)
            let ax = try parseAxis(x, flag: "--x")
            let ay = try parseAxis(y, flag: "--y")
            guard ax.name != ay.name else { throw fail("--x and --y must name different parameters") }
            for (flag, a) in [("--x", ax), ("--y", ay)] {
                guard let p = base.parameters.first(where: { $0.symbol.name == a.name }) else {
                    throw fail("'\(a.name)' is not a parameter of the claim (parameters: \(base.parameters.map(\.symbol.name).joined(separator: ", ")))")
                }
                // Cells are the axis box intersected with the claim's own domain.
                guard !p.domain.intersected(with: .closed(a.lo, a.hi)).isEmpty else {
                    throw fail("\(flag) \(a.name) ∈ [\(a.lo), \(a.hi)] lies outside the claim's domain \(a.name) ∈ \(p.domain) (the intersection is empty)")
                }
            }
            var options = try engineFlags.options(progress: nil)
            options.progress = nil
            let engine = Engine(backend: engineFlags.backend, options: options, cancellation: Interrupt.cancellation)

            let roots = (0..<(grid * grid)).filter { $0 % n == k - 1 }
            let bar = ProgressBar("map", total: roots.count, unit: "grid cells")
            bar.update(0)
            var cells: [MapCell] = []
            for (done, root) in roots.enumerated() {
                let (i, j) = (root % grid, root / grid)
                let xw = (ax.hi - ax.lo) / Rational(grid)
                let yw = (ay.hi - ay.lo) / Rational(grid)
                let x0 = ax.lo + xw * Rational(i)
                let y0 = ay.lo + yw * Rational(j)
                var work = [(x0, x0 + xw, y0, y0 + yw, 0)]
                while let (xl, xh, yl, yh, level) = work.popLast() {
                    let c = base.restricted(ax.name, to: .closed(xl, xh)).restricted(ay.name, to: .closed(yl, yh))
                    if c.parameters.contains(where: { [ax.name, ay.name].contains($0.symbol.name) && $0.domain.isEmpty }) {
                        // The claim says nothing here: no verification, no bisection.
                        cells.append(MapCell(root: root, x: [xl.description, xh.description], y: [yl.description, yh.description], verdict: MapCell.outside, seconds: 0))
                        continue
                    }
                    let r: VerificationResult
                    do {
                        r = try engine.verify(c)
                    } catch {
                        throw fail("claim '\(claim)': \(error)", code: Exit.dataError)
                    }
                    // A cell stopped by Ctrl-C has no verdict; no file is written.
                    try Interrupt.check(interruptedNote(done: done, of: roots.count))
                    if r.verdict != .proved, level < depth {
                        let xm = (xl + xh) / 2
                        let ym = (yl + yh) / 2
                        work += [(xl, xm, yl, ym, level + 1), (xm, xh, yl, ym, level + 1), (xl, xm, ym, yh, level + 1), (xm, xh, ym, yh, level + 1)]
                    } else {
                        cells.append(
                            MapCell(
                                root: root, x: [xl.description, xh.description], y: [yl.description, yh.description],
                                verdict: r.verdict.name, seconds: r.seconds))
                    }
                }
                bar.update(done + 1)
            }
            bar.finish()
            try Interrupt.check(interruptedNote(done: roots.count, of: roots.count))
            let result = MapResult(
                claim: base.name, x: MapAxis(name: ax.name, lo: ax.lo.description, hi: ax.hi.description),
                y: MapAxis(name: ay.name, lo: ay.lo.description, hi: ay.hi.description), grid: grid, depth: depth,
                shard: "\(k)/\(n)", cells: cells.sorted { ($0.root, $0.y[0], $0.x[0]) < ($1.root, $1.y[0], $1.x[0]) })
            try emit(result, output: output, json: json, svg: svg)
            return 0
        }
    }

    func interruptedNote(done: Int, of total: Int) -> String {
        let files = [output, svg].compactMap { $0 }
        return "after \(done) of \(total) grid cells" + (files.isEmpty ? "" : "; nothing written to \(files.joined(separator: ", "))")
    }
}

extension MapCell {
    /// The verdict word of a cell outside the claim's own parameter domain (not verified).
    static let outside = "outside-domain"
}

/// The finest cells per axis a map may have: the text rendering is this many characters squared.
let maxResolution = 1024

func checkResolution(grid: Int, depth: Int) throws {
    guard grid << depth <= maxResolution else {
        throw ValidationError("--grid × 2^--depth must be at most \(maxResolution) (the finest cells per axis), not \(grid) × 2^\(depth)")
    }
}

func parseShard(_ text: String) throws -> (Int, Int) {
    let parts = text.split(separator: "/").map { Int($0) }
    guard parts.count == 2, let k = parts[0], let n = parts[1], n >= 1, (1...n).contains(k) else {
        throw fail("--shard expects K/N with 1 ≤ K ≤ N, got '\(text)'")
    }
    return (k, n)
}

func loadClaim(_ name: String) throws -> Claim { try loadClaimWithNotes(name).claim }

/// A catalogue claim, or a claim file with its one-line notes (its function class, its κ).
func loadClaimWithNotes(_ name: String) throws -> (claim: Claim, notes: [String]) {
    if let entry = Catalogue.entry(named: name) { return (entry.make(.anyDimension), []) }
    if name.hasSuffix(".toml") || FileManager.default.fileExists(atPath: name) {
        do { return try ClaimFile.loadWithNotes(path: name) } catch { throw fail("\(error)", code: Exit.dataError) }
    }
    throw fail("unknown claim '\(name)': not a catalogue name nor a claim file\(CatalogueResolver.suggestion(for: name, among: CatalogueResolver.knownNames)) (see `lionk list`)")
}

/// Writes the JSON file atomically (temporary file + rename) and/or prints a summary.
func emit(_ result: MapResult, output: String?, json: Bool, svg: String? = nil) throws {
    if let path = svg { try writeMapSVG(result, to: path) }
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys]
    let data = try enc.encode(result)
    if let path = output {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw fail("cannot write '\(path)': \(error.localizedDescription)", code: Exit.dataError)
        }
    }
    if json {
        print(String(decoding: data, as: UTF8.self))
    } else {
        print(mapText(result))
    }
}

/// Draws a map's cells (exact boxes; doubles only for the drawing) as a self-contained SVG
/// file, written whole or not at all. Used by `map`, `merge` and `synthesize --map`.
func writeMapSVG(_ result: MapResult, to path: String, title: String? = nil) throws {
    let boxes = result.cells.compactMap { c -> SVG.ParameterBox? in
        guard let a = Rational(c.x[0]), let b = Rational(c.x[1]), let u = Rational(c.y[0]), let v = Rational(c.y[1]) else { return nil }
        return SVG.ParameterBox(x: a.doubleValue...b.doubleValue, y: u.doubleValue...v.doubleValue, verdict: c.verdict)
    }
    let text = SVG.parameterMap(boxes, xName: result.x.name, yName: result.y.name, title: title ?? result.claim)
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw fail("cannot write '\(path)': \(error.localizedDescription)", code: Exit.dataError)
    }
}

/// A text rendering: one character per finest cell (P proved, R refuted, ? unknown), y upwards.
func mapText(_ r: MapResult) -> String {
    var lines = ["map of \(r.claim) (shard \(r.shard)): \(r.x.name) ∈ [\(r.x.lo), \(r.x.hi)] left to right, \(r.y.name) ∈ [\(r.y.lo), \(r.y.hi)] bottom to top"]
    let res = r.grid << r.depth
    guard let xlo = Rational(r.x.lo), let xhi = Rational(r.x.hi), let ylo = Rational(r.y.lo), let yhi = Rational(r.y.hi) else {
        return lines.joined(separator: "\n")
    }
    var grid = Array(repeating: Array(repeating: Character(" "), count: res), count: res)
    for c in r.cells {
        guard let a = Rational(c.x[0]), let b = Rational(c.x[1]), let u = Rational(c.y[0]), let v = Rational(c.y[1]) else { continue }
        let ch: Character = c.verdict == "proved" ? "P" : (c.verdict == "refuted" ? "R" : (c.verdict == MapCell.outside ? "-" : "?"))
        func idx(_ t: Rational, _ lo: Rational, _ hi: Rational) -> Int {
            Int(((t - lo) / (hi - lo) * Rational(res)).floor)
        }
        for i in idx(a, xlo, xhi)..<min(res, max(idx(a, xlo, xhi) + 1, idx(b, xlo, xhi))) {
            for j in idx(u, ylo, yhi)..<min(res, max(idx(u, ylo, yhi) + 1, idx(v, ylo, yhi))) { grid[j][i] = ch }
        }
    }
    for row in grid.reversed() { lines.append("  |" + String(row) + "|") }
    let outside = r.cells.filter { $0.verdict == MapCell.outside }.count
    let counts = ["proved", "refuted", "unknown"].map { v in "\(r.cells.filter { $0.verdict == v }.count) \(v)" }
        + (outside > 0 ? ["\(outside) outside the claim's domain"] : [])
    lines.append("cells: " + counts.joined(separator: ", ") + " (P proved, R refuted, ? unknown, \(outside > 0 ? "- outside the domain, " : "")blank: other shards)")
    return lines.joined(separator: "\n")
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the JSON results of `lionk map --shard K/N` runs into one map.",
        discussion: """
            Checks that the shards belong to the same map and together cover every grid
            cell exactly once.
            """)

    @Argument(help: "The shard JSON files.")
    var files: [String]

    @Option(help: "Write the merged JSON to this file.")
    var output: String?

    @Flag(help: "Print the merged JSON on stdout.")
    var json = false

    @Option(help: "Draw the merged map as a self-contained SVG file.")
    var svg: String?

    func run() throws {
        try runMain {
            guard !files.isEmpty else { throw fail("give at least one shard file") }
            var parts: [MapResult] = []
            for f in files {
                guard let data = FileManager.default.contents(atPath: f) else { throw fail("cannot read '\(f)'", code: Exit.dataError) }
                do {
                    parts.append(try JSONDecoder().decode(MapResult.self, from: data))
                } catch {
                    throw fail("'\(f)' is not a map result: \(error.localizedDescription)", code: Exit.dataError)
                }
            }
            for (f, p) in zip(files, parts) { try checkMapFile(p, f) }
            let first = parts[0]
            for (f, p) in zip(files, parts)
            where p.claim != first.claim || p.x != first.x || p.y != first.y || p.grid != first.grid || p.depth != first.depth {
                throw fail("'\(f)' belongs to a different map (claim, axes, grid or depth differ)", code: Exit.dataError)
            }
            var owner: [Int: String] = [:]
            for (f, p) in zip(files, parts) {
                for root in Set(p.cells.map(\.root)) {
                    if let other = owner[root] { throw fail("grid cell \(root) appears in both '\(other)' and '\(f)'", code: Exit.dataError) }
                    owner[root] = f
                }
            }
            let missing = (0..<(first.grid * first.grid)).filter { owner[$0] == nil }
            guard missing.isEmpty else {
                throw fail("grid cells missing from the shards: \(missing.prefix(10).map(String.init).joined(separator: ", "))", code: Exit.dataError)
            }
            var merged = first
            merged.shard = "merged from \(parts.count)"
            merged.cells = parts.flatMap(\.cells).sorted { ($0.root, $0.y[0], $0.x[0]) < ($1.root, $1.y[0], $1.x[0]) }
            try emit(merged, output: output, json: json, svg: svg)
            return 0
        }
    }
}

/// A map file read by `merge` must be one `map` could have written: grid and depth in range,
/// every cell a box of two exact ends in a grid cell that exists (a data error otherwise).
func checkMapFile(_ p: MapResult, _ file: String) throws {
    func bad(_ what: String) -> Failure { fail("'\(file)' is not a map result: \(what)", code: Exit.dataError) }
    guard (1...64).contains(p.grid), (0...8).contains(p.depth), p.grid << p.depth <= maxResolution else {
        throw bad("grid \(p.grid), depth \(p.depth) out of range")
    }
    for a in [p.x, p.y] {
        guard let lo = exactNumber(a.lo), let hi = exactNumber(a.hi), lo < hi else { throw bad("axis \(a.name) is not an interval lo < hi") }
    }
    for c in p.cells {
        guard (0..<(p.grid * p.grid)).contains(c.root) else { throw bad("cell of grid cell \(c.root) outside the grid") }
        guard c.x.count == 2, c.y.count == 2, (c.x + c.y).allSatisfy({ exactNumber($0) != nil }) else {
            throw bad("a cell's x and y must each be two exact numbers")
        }
    }
}
