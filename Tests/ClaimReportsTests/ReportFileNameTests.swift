@testable import ClaimReports
import ClaimModel
@testable import ClaimStore
import Foundation
import Testing

/// Checklist file names: after the article's file, safe in links and file systems, and
/// never past 255 bytes.
@Suite struct ReportFileNameTests {
    @Test(arguments: [
        ("Claims/sample.txt", "sample"),
        ("x", "x"),
        ("archive.tar.gz", "archive.tar"),
        ("Claims/.hidden", "hidden"),
        ("https://example.org/news/story?id=3", "story-id-3"),
        ("https://example.org/news/", "news"),
        ("a`<img src=x>`.txt", "a--img src-x--"),
        ("evil\u{1B}]0;t\u{07}.txt", "evil--0-t-"),
        ("Café au lait.md", "Café au lait"),
        ("....txt", ""),
    ])
    func stems(_ source: String, _ expected: String) {
        #expect(ReportFileName.stem(of: source) == expected)
    }

    @Test func longStemsAreCutAtACharacterBoundary() {
        let stem = "x" + String(repeating: "é", count: 125)  // 251 bytes
        #expect(ReportFileName.fitting(stem, suffix: ".md") == stem + ".md")
        let cut = ReportFileName.fitting(stem, suffix: "-12.md")
        #expect(cut == String(stem.dropLast()) + "-12.md")
        #expect(cut.utf8.count == 255)
        // A grapheme of several scalars goes whole.
        let family = String(repeating: "a", count: 240) + "👨‍👩‍👧"  // 240 + 18 bytes
        #expect(ReportFileName.fitting(family, suffix: ".md") == String(repeating: "a", count: 240) + ".md")
    }

    @Test func checksReportNameIsFittedAndNilWithoutAStem() {
        let stem = String(repeating: "é", count: 127)  // 254 bytes
        #expect(ReportFileName.checklist(for: "Claims/" + stem + ".t") == String(repeating: "é", count: 126) + ".md")
        #expect(ReportFileName.checklist(for: "Claims/sample.txt") == "sample.md")
        #expect(ReportFileName.checklist(for: "Claims/. .txt") == nil)
    }

    @Test func indexNamesFitEvenWithTheirIds() {
        let long = "Claims/" + String(repeating: "ü", count: 126) + ".txt"
        let articles = (1...3).map { id in
            ArticleRecord(id: Int64(id), source: long, title: nil, contentHash: "\(id)", text: "", addedAt: Date(timeIntervalSince1970: 0))
        }
        let names = IndexReport.checklistFileNames(articles)
        #expect(Set(names.values).count == 3)
        for name in names.values {
            #expect(name.utf8.count <= 255, "\(name)")
            #expect(name.hasSuffix(".md"))
        }
        #expect(names[3] == String(repeating: "ü", count: 126) + ".md")
        #expect(names[2] == String(repeating: "ü", count: 125) + "-2.md")
    }
}
