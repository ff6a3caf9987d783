import Dynamics
import Foundation
import Symbolic
import Testing
import Verification

/// The `lemmas` field of claim files and the writer's lemma files.
@Suite("Claim files: lemmas")
struct ClaimFileLemmaTests {
    /// A fresh folder with the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-lemmas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("lemmas"), withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    static let square = "name = \"square\"\nstate = [\"x\"]\ngoal = \"x^2 >= 0\"\n"
    static let falseLemma = "name = \"false\"\nstate = [\"x\"]\ngoal = \"x^2 >= x\"\n"

    @Test func aProvedLemmaIsInstantiatedAndRecorded() throws {
        let dir = try Self.folder([
            "lemmas/square.toml": Self.square,
            "main.toml": "name = \"main\"\nstate = [\"y\", \"z\"]\ngoal = \"y^2 + z^2 >= 0\"\nlemmas = [\"lemmas/square.toml: x = y\", \"lemmas/square.toml: x = z\"]\n",
        ])
        let claim = try ClaimFile.load(path: dir.appendingPathComponent("main.toml").path)
        #expect(claim.lemmas.count == 1)
        #expect(claim.lemmas[0].instantiations.count == 2)
        #expect(claim.lemmas[0].instantiations[0][.scalar("x")] == Expr.scalar("y"))
        let r = try kappaEngine().verify(claim)
        #expect(r.verdict == .proved)
        #expect(r.reductions.contains { $0.name == "lemma" && $0.detail.contains("square proved") })
        #expect(r.lemmas.map(\.name) == ["square"])
    }

    @Test func aFalseLemmaIsNeverUsed() throws {
        // y² + 1 > 0 is true on its own: proved, without the false lemma (no lemma step).
        let dir = try Self.folder([
            "lemmas/false.toml": Self.falseLemma,
            "main.toml": "name = \"main\"\nstate = [\"y\"]\ngoal = \"y^2 + 1 > 0\"\nlemmas = [\"lemmas/false.toml: x = y\"]\n",
        ])
        let r = try kappaEngine().verify(try ClaimFile.load(path: dir.appendingPathComponent("main.toml").path))
        #expect(r.verdict == .proved)
        #expect(r.lemmas.first?.result.verdict.isProof == false)
        #expect(!r.reductions.contains { $0.name == "lemma" }, "\(r.reductions.map(\.detail))")
    }

    @Test(arguments: [
        ("lemmas = [\"lemmas/square.toml: q = y\"]", "'q' is not a variable or parameter of the lemma square"),
        ("lemmas = [\"lemmas/square.txt\"]", "expected 'FILE.toml'"),
        ("lemmas = [\"lemmas/missing.toml\"]", "no such file"),
        ("lemmas = [\"lemmas/square.toml: x = v\"]", "'x' is a scalar of the lemma, but the expression is a vector"),
        ("lemmas = [\"lemmas/square.toml: x = y +\"]", "'x = …': column"),
        ("lemmas = [\"lemmas/square.toml: x = y; x = y\"]", "'x' is given twice"),
        ("lemmas = [\"main.toml\"]", "nested more than 8 deep"),
    ])
    func malformedLemmaItemsAreOneLineErrors(line: String, message: String) throws {
        let dir = try Self.folder([
            "lemmas/square.toml": Self.square,
            "main.toml": "name = \"main\"\nstate = [\"y\", \"v: vector\"]\ngoal = \"y^2 >= 0\"\n\(line)\n",
        ])
        let path = dir.appendingPathComponent("main.toml").path
        do {
            _ = try ClaimFile.load(path: path)
            Issue.record("accepted: \(line)")
        } catch {
            #expect(error.description.contains("field 'lemmas'"), "\(error)")
            #expect(error.description.contains(message), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    /// Every catalogue claim that uses lemmas is written as files that read back as the
    /// same claim and lemmas (the writer's text of the re-read claim is identical).
    @Test func catalogueClaimsWithLemmasRoundTrip() throws {
        let withLemmas = Catalogue.entries.filter { !$0.make(.anyDimension).lemmas.isEmpty }
        #expect(withLemmas.count >= 3)
        for e in withLemmas {
            let claim = e.make(.anyDimension)
            let (main, lemmas) = try ClaimFileWriter.files(claim)
            var files = ["main.toml": main]
            for (name, text) in lemmas { files["lemmas/" + name] = text }
            let dir = try Self.folder(files)
            let back = try ClaimFile.load(path: dir.appendingPathComponent("main.toml").path)
            let (main2, lemmas2) = try ClaimFileWriter.files(back)
            #expect(main2 == main, "\(e.name)")
            #expect(lemmas2 == lemmas, "\(e.name)")
            #expect(back.lemmas.map(\.instantiations.count) == claim.lemmas.map(\.instantiations.count))
        }
    }

    /// Every committed file of examples/catalogue reads back as its catalogue claim: the
    /// writer's text of the re-read claim is the writer's text of the catalogue claim. With
    /// `catalogueExamplesAreUpToDate` (the files are what `lionk export` writes) this makes
    /// each file's verdict the catalogue entry's, which `lionk reproduce --all` checks once.
    @Test func everyCatalogueFileReadsBackAsItsClaim() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("examples/catalogue")
        var checked = 0
        for e in Catalogue.entries {
            let path = dir.appendingPathComponent(ClaimFileWriter.fileName(for: e.name)).path
            guard FileManager.default.fileExists(atPath: path) else {
                Issue.record("no file for \(e.name) at \(path)")
                continue
            }
            let back = try ClaimFile.load(path: path)
            let original = e.make(.anyDimension)
            let (a, aLemmas) = try ClaimFileWriter.files(back)
            let (b, bLemmas) = try ClaimFileWriter.files(original)
            #expect(a == b, "\(e.name)")
            #expect(aLemmas == bLemmas, "\(e.name)")
            #expect(back.name == original.name)
            checked += 1
        }
        #expect(checked == Catalogue.entries.count)
    }

    @Test func textRefusesAClaimWithLemmas() throws {
        let e = try #require(Catalogue.entries.first { !$0.make(.anyDimension).lemmas.isEmpty })
        #expect(throws: ClaimFileWriteError.self) { try ClaimFileWriter.text(e.make(.anyDimension)) }
    }
}
