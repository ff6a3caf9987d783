import ArgumentParser
import Dynamics
import Foundation
import Verification

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a catalogue claim as a claim file (TOML) that reads back as the same claim.",
        usage: "lionk export [<claim>] [<options>]",
        discussion: """
            The claim file states everything the catalogue claim states — parameters,
            state, definitions, hypotheses (including those of auxiliary variables of κ
            encodings), goal and dimension scope — in the DSL's text syntax with exact
            numbers. Edit it to state a variation, then `lionk verify FILE`.

            Examples:
              lionk export lionk.lyapunov-discrete --kappa huber > my-claim.toml
              lionk export lion.box-invariant --output box.toml
              lionk export lionk.lyapunov-discrete --kappa l2 --output l2.toml  (+ lemmas/)
              lionk export --all examples/catalogue       one file per catalogue claim
            """)

    @Argument(help: "A catalogue claim name (see `lionk list`).")
    var claim: String?

    @Option(help: "κ of a catalogue family (as for `lionk verify`).")
    var kappa: KappaID?

    @Option(help: "explicit or implicit (as for `lionk verify`).")
    var scheme: CatalogueKey.Scheme?

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
                var lemmaFiles: [String: String] = [:]
                for e in Catalogue.entries {
                    let (main, lemmas) = try text(e)
                    files.append(("\(e.name).toml", main))
                    for (name, t) in lemmas {
                        if let old = lemmaFiles[name], old != t { throw fail("two different lemmas would be written to lemmas/\(name)", code: Exit.dataError) }
                        lemmaFiles[name] = t
                    }
                }
                // The folder's .toml files (and those of lemmas/) are replaced as a whole.
                try writeStaged(
                    files + lemmaFiles.sorted { $0.key < $1.key }.map { ("lemmas/\($0.key)", $0.value) }, to: dir, what: "claim files",
                    clean: [("", ".toml"), ("lemmas", ".toml")])
                print("wrote \(files.count) claim files and \(lemmaFiles.count) lemma files to \(dir)")
                return 0
            }
            guard let name = claim else { throw fail("give a catalogue claim name, or --all FOLDER") }
            let e = try CatalogueResolver.resolve(name, kappa: kappa, scheme: scheme)
            let (t, lemmas) = try text(e)
            if let path = output {
                // Lemma files first (into lemmas/ beside the claim file), the claim file last.
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("lemmas")
                let writes = lemmas.sorted { $0.key < $1.key }.map { (folder.appendingPathComponent($0.key), $0.value) }
                    + [(URL(fileURLWithPath: path), t)]
                do {
                    if !lemmas.isEmpty { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
                    for (url, text) in writes { try Data(text.utf8).write(to: url, options: .atomic) }
                } catch {
                    throw fail("cannot write '\(path)' and its lemma files: \(error.localizedDescription)", code: Exit.dataError)
                }
                if !lemmas.isEmpty { print("wrote \(path) and \(lemmas.count) lemma file\(lemmas.count == 1 ? "" : "s") in \(folder.path)") }
            } else {
                guard lemmas.isEmpty else {
                    throw fail("\(e.name) uses lemmas, which are files of their own: give --output FILE (they go to lemmas/ beside it)")
                }
                print(t, terminator: "")
            }
            return 0
        }
    }

    func text(_ e: CatalogueEntry) throws -> (String, [String: String]) {
        do {
            return try ClaimFileWriter.files(
                e.make(.anyDimension),
                header: [
                    "Catalogue claim \(e.name) (κ = \(e.kappa)): \(e.summary).",
                    "Expected verdict: \(e.expected.name)\(e.slow ? " (slow: needs solver timeouts)" : "").",
                    "Written by `lionk export`; `lionk verify` on this file states exactly the catalogue claim.",
                ], dynamics: e.declaredDynamics)
        } catch {
            throw fail("\(e.name) cannot be written as a claim file: \(error)", code: Exit.dataError)
        }
    }
}
