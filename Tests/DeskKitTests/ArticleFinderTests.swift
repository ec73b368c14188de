import ClaimAnalysis
import DeskKit
import Foundation
import Testing

/// Which files `add` takes from folders: the same ones `ArticleFormat.detect` reads by name.
@Suite struct ArticleFinderTests {
    @Test func foldersGiveEveryArticleFileInNameOrderAndSkipTheRest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("deskkit-finder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["b.txt", "a.xhtml", "C.HTM", "sub/d.md", "e.markdown", "f.html", ".hidden.txt", "photo.jpg", "README"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Prices rose 5%.".utf8).write(to: url)
        }
        let found = ArticleFinder.collect([root.path])
        let articles = found.filter { $0.kind == .article }.map { ($0.path as NSString).lastPathComponent }
        #expect(articles == ["C.HTM", "a.xhtml", "b.txt", "e.markdown", "f.html", "d.md"])
        #expect(found.first { $0.path.hasSuffix("photo.jpg") }?.kind == .skip("not an article file (.jpg)"))
        #expect(found.first { $0.path.hasSuffix("README") }?.kind == .skip("no extension: not an article file"))
        #expect(found.first { $0.path.hasSuffix(".hidden.txt") }?.kind == .skip("hidden"))
        #expect(ArticleFinder.collect([root.appendingPathComponent("missing").path]).map(\.kind) == [.fail("no such file or folder")])
    }

    /// `check In/a.xhtml` and `add In/` once disagreed: one list now serves both.
    @Test func theFilesTakenAreTheFilesDetectReadsByName() {
        for ext in ArticleFinder.extensions {
            #expect(ArticleFormat.isArticleFile("a.\(ext)"))
            #expect(ArticleFormat.isArticleFile("a.\(ext.uppercased())"))
        }
        for (path, format) in [("a.xhtml", ArticleFormat.html), ("a.htm", .html), ("a.md", .markdown), ("a.markdown", .markdown)] {
            #expect(ArticleFormat.detect(path: path, content: "plain") == format)
            #expect(ArticleFinder.extensions.contains(ArticleFormat.pathExtension(path)))
        }
        #expect(ArticleFormat.detect(path: "a.txt", content: "<html><p>Up 5%</p></html>") == .html, "a .txt is still sniffed")
        #expect(!ArticleFormat.isArticleFile("a.jpg") && !ArticleFormat.isArticleFile("README"))
        #expect(ArticleFinder.extensionList == ".txt, .md, .markdown, .html, .htm or .xhtml")
    }
}
