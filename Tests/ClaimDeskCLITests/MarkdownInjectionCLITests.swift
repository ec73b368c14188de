import Foundation
import Testing

/// Issue 16: what reports embed from articles and reviewers stays text: no HTML, no code span
/// closed early, no heading or list item started by a newline.
@Suite struct MarkdownInjectionCLITests {
    @Test func aBacktickInTheFileNameCannotEndTheSourceCodeSpan() throws {
        let ws = try Workspace()
        let name = "a`<img src=x onerror=alert(1)>`.txt"
        try ws.write(name, Array("Roads <img src=x onerror=alert(2)> closed\n\nOfficials said <script>alert(3)</script> 40% of roads were closed in 2024.\n".utf8))
        let check = try ws.run(["check", name, "--json"])
        #expect(check.status == 0, "\(check.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let path = try #require(json["report"] as? String)
        let report = try readFile(ws, path)
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
        // The code span's fence is longer than any run of backticks inside it.
        #expect(lines.contains("- Source: ``a`<img src=x onerror=alert(1)>`.txt``"), "\(report)")
        // Outside that code span, no tag survives: the title and the sentence are escaped.
        let rest = lines.filter { !$0.hasPrefix("- Source: ") }.joined(separator: "\n")
        #expect(!rest.contains("<img"), "\(rest)")
        #expect(!rest.contains("<script"), "\(rest)")
        #expect(try ws.run(["report", "--all"]).status == 0)
        let index = try readFile(ws, "Reports/index.md")
        #expect(!index.contains("<img"), "\(index)")
    }

    @Test func newlinesInNotesReviewersAndQuotesStayInsideTheirListItem() throws {
        let ws = try checkedSample()
        let mark = try ws.run([
            "mark", "1", "verified",
            "--note", "fine\n# Injected heading\n- [x] **Claim 99** fake\n\n<script>alert(4)</script>",
            "--reviewer", "ana\n## boss",
            "--quote", "q\r\n> quoted\n1. listed",
            "--evidence", "https://example.org/ok",
        ])
        #expect(mark.status == 0, "\(mark.stderr)")
        #expect(try ws.run(["report", "--all"]).status == 0)
        for file in ["Reports/sample.md", "Reports/index.md"] {
            let text = try readFile(ws, file)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(!lines.contains { $0.hasPrefix("# Injected") || $0.hasPrefix("## boss") }, "\(file)")
            #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- [x] **Claim 99**") }, "\(file)")
            #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("> quoted") }, "\(file)")
            #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("1. listed") }, "\(file)")
            #expect(!text.contains("<script"), "\(file)")
            // Everything the reviewer typed is on the review's own line.
            let review = try #require(lines.first { $0.contains("**verified** by ana") }, "\(file)")
            #expect(review.contains("Injected heading"), "\(file)")
            #expect(review.contains("Claim 99"), "\(file)")
            #expect(review.contains("quoted"), "\(file)")
            #expect(review.contains("listed"), "\(file)")
        }
    }
}
