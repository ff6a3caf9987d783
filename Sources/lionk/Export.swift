import ArgumentParser
import Dynamics
import Foundation
import Verification

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a catalogue claim as a claim file (TOML) that reads back as the same claim.",
        discussion: """
            The claim file states everything the catalogue claim states — parameters, state,
            definitions, hypotheses (including those of auxiliary variables of κ encodings),
            goal and dimension scope — in the DSL's text syntax with exact numbers. Edit it to
            state a variation, then `lionk verify FILE`.

            Examples:
              lionk export lionk.lyapunov-discrete --kappa huber > my-claim.toml
              lionk export lion.box-invariant --output box.toml
              lionk export --all examples/catalogue       one file per catalogue claim
            """)

    @Argument(help: "A catalogue claim name (see `lionk list`).")
    var claim: String?

    @Option(help: "κ of a catalogue family (as for `lionk verify`).")
    var kappa: String?

    @Option(help: "explicit or implicit (as for `lionk verify`).")
    var scheme: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(help: "Write every catalogue claim into this folder as NAME.toml (replacing the folder's .toml files).")
    var all: String?

    func run() throws {
        try runMain {
            if let dir = all {
                guard claim == nil, output == nil, kappa == nil, scheme == nil else {
                    throw fail("--all takes no claim name, --output, --kappa or --scheme")
                }
                var files: [(String, String)] = []
                for e in Catalogue.entries { files.append(("\(e.name).toml", try text(e))) }
                try writeFolder(files, to: dir)
                print("wrote \(files.count) claim files to \(dir)")
                return 0
            }
            guard let name = claim else { throw fail("give a catalogue claim name, or --all FOLDER") }
            let e = try CatalogueResolver.resolve(name, kappa: kappa, scheme: scheme)
            let t = try text(e)
            if let path = output {
                do {
                    try Data(t.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } catch {
                    throw fail("cannot write '\(path)': \(error.localizedDescription)", code: Exit.dataError)
                }
            } else {
                print(t, terminator: "")
            }
            return 0
        }
    }

    func text(_ e: CatalogueEntry) throws -> String {
        do {
            return try ClaimFileWriter.text(
                e.make(.anyDimension),
                header: [
                    "Catalogue claim \(e.name) (κ = \(e.kappa)): \(e.summary).",
                    "Expected verdict: \(e.expected.name)\(e.slow ? " (slow: needs solver timeouts)" : "").",
                    "Written by `lionk export`; `lionk verify` on this file states exactly the catalogue claim.",
                ])
        } catch {
            throw fail("\(e.name) cannot be written as a claim file: \(error)", code: Exit.dataError)
        }
    }

    /// Writes every file into a staging folder first; the target's .toml files are replaced
    /// only when all writes succeeded.
    func writeFolder(_ files: [(String, String)], to dir: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: dir)
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: staging.appendingPathComponent(name)) }
            try fm.createDirectory(at: target, withIntermediateDirectories: true)
            for old in try fm.contentsOfDirectory(atPath: target.path) where old.hasSuffix(".toml") {
                try fm.removeItem(at: target.appendingPathComponent(old))
            }
            for (name, _) in files { try fm.moveItem(at: staging.appendingPathComponent(name), to: target.appendingPathComponent(name)) }
            try fm.removeItem(at: staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw fail("cannot write claim files to '\(dir)': \(error.localizedDescription)", code: Exit.dataError)
        }
    }
}
