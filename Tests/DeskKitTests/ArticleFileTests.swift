import ClaimAnalysis
import DeskKit
import Foundation
import Testing

/// What `ArticleFile.read` takes for an article, and the typed error for what it refuses.
@Suite struct ArticleFileTests {
    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("deskkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func problem(_ path: String) -> ArticleFileError.Problem? {
        do {
            _ = try ArticleFile.read(path, warn: { _ in })
            return nil
        } catch let error as ArticleFileError {
            return error.problem
        } catch {
            return nil
        }
    }

    @Test func whatIsNoArticleIsRefusedWithItsReason() throws {
        #expect(problem("/nonexistent/claimdesk/a.txt") == .noSuchFile)
        #expect(problem(FileManager.default.temporaryDirectory.path) == .directory)
        #expect(try problem(file("a.txt", [0x41, 0x00, 0x42])) == .binary)
        #expect(try problem(file("a.txt", [0xEF, 0xBB, 0xBF, 0xFF])) == .notText)
        #expect(try problem(file("a.txt", Array(" \n\t\n".utf8))) == .empty)
        #expect(try problem(file("a.html", Array("<html><script>var x = 5;</script></html>".utf8))) == .noArticleText(.html))
        let error = ArticleFileError(path: "notes.txt", problem: .empty)
        #expect(error.description == "cannot read 'notes.txt': the file is empty")
        #expect(error.reason == "the file is empty")
    }

    @Test func textMarkdownAndWindows1252AreRead() throws {
        #expect(try ArticleFile.read(file("a.txt", Array("Prices rose 5%.".utf8)), warn: { _ in }) == "Prices rose 5%.")
        var warnings: [String] = []
        let text = try ArticleFile.read(file("b.txt", Array("Caf".utf8) + [0xE9] + Array(" prices rose 5%.".utf8)), warn: { warnings.append($0) })
        #expect(text == "Café prices rose 5%.")
        #expect(warnings.count == 1 && warnings[0].hasSuffix("is not UTF-8; read it as Windows-1252"))
        let markdown = try ArticleFile.read(file("c.md", Array("# Port\n\nFreight rose **5%**.".utf8)), warn: { _ in })
        #expect(markdown.contains("Freight rose 5%."))
    }
}
