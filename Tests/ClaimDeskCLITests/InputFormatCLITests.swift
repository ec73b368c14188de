import Foundation
import TestSupport
import Testing

/// `check` on HTML and Markdown files finds the same claims as on the plain-text article.
@Suite struct InputFormatCLITests {
    /// The plain-text equivalent of Claims/harbour-dredging.html and .md.
    static let dredgingText = """
        Lindenport to deepen harbour channel as larger ships arrive

        The Lindenport port authority will spend €31 million deepening the main shipping channel from 12 metres to 15.5 metres, it said on Monday.

        Dredgers are due to remove about 2.4 million cubic metres of silt over 18 months, starting in September.

        “Ships calling here have grown by a third in ten years, and the channel has not,” said harbour master Tom Reyes.

        According to the authority, 41% of vessels that called in 2025 had to wait for high tide before entering.

        Environmental groups say the work could disturb a seagrass meadow of roughly 60 hectares near the river mouth.

        The authority expects the deeper channel to raise container traffic by 15% by 2030.

        """

    /// Each claim of a `check --json` run as "kind: sentence → figures", in report order.
    func claims(_ ws: borrowing Workspace, _ file: String) throws -> (title: String?, claims: [String]) {
        let result = try ws.run(["check", file, "--no-report", "--json", "--db", "\(file).sqlite"])
        #expect(result.status == 0, "\(file): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(file): \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let article = try #require(json["article"] as? [String: Any])
        let list = try #require(json["claims"] as? [[String: Any]])
        let claims = list.map { claim in
            let figures = ((claim["quantities"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
            let sentence = (claim["sentence"] as? String ?? "")
                .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            return "\(claim["kind"] as? String ?? "?"): \(sentence) → \(figures.joined(separator: ", "))"
        }
        return (article["title"] as? String, claims)
    }

    @Test func theSampleHTMLAndMarkdownGiveTheClaimsOfThePlainText() throws {
        let ws = try Workspace()
        try ws.copy("Claims/harbour-dredging.html")
        try ws.copy("Claims/harbour-dredging.md")
        try ws.write("harbour-dredging.txt", Array(Self.dredgingText.utf8))
        let text = try claims(ws, "harbour-dredging.txt")
        let html = try claims(ws, "Claims/harbour-dredging.html")
        let markdown = try claims(ws, "Claims/harbour-dredging.md")
        #expect(text.claims.count >= 5)
        #expect(text.claims.contains { $0.contains("€31 million") && $0.contains("15.5 metres") })
        #expect(text.claims.contains { $0.contains("41%") })
        #expect(html.claims == text.claims)
        #expect(markdown.claims == text.claims)
        #expect(html.title == "Lindenport to deepen harbour channel as larger ships arrive")
        #expect(markdown.title == html.title)
        // Nothing from the page furniture: nav, share buttons, byline, caption, related links, footer, script.
        for noise in ["14", "48.5", "2026", "42", "7am", "Facebook", "Petra"] {
            #expect(!html.claims.joined().contains(noise), "\(noise) leaked from the HTML")
            #expect(!markdown.claims.joined().contains(noise), "\(noise) leaked from the Markdown")
        }
    }

    @Test func checkWritesAReportForAnHTMLArticleAndStoresItsText() throws {
        let ws = try Workspace()
        try ws.copy("Claims/harbour-dredging.html")
        let result = try ws.run(["check", "Claims/harbour-dredging.html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Added Claims/harbour-dredging.html as article #1: Lindenport to deepen harbour channel"))
        #expect(result.stdout.contains("41%"))
        #expect(!result.stdout.contains("<p>") && !result.stdout.contains("&euro;"))
        let report = try String(contentsOf: ws.url.appendingPathComponent("Reports/harbour-dredging.md"), encoding: .utf8)
        #expect(report.contains("€31 million"))
        let again = try ws.run(["check", "Claims/harbour-dredging.html", "--no-report"])
        #expect(again.stdout.hasPrefix("Already stored:"))
    }

    @Test func aTextFileHoldingHTMLIsReadAsHTML() throws {
        let ws = try Workspace()
        let page = "<!DOCTYPE html><html><body><p>Officials said <b>40%</b> of roads were closed in 2024.</p><script>x = 99</script></body></html>"
        try ws.write("page.txt", Array(page.utf8))
        let result = try ws.run(["check", "page.txt", "--no-report"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"Officials said 40% of roads were closed in 2024.\""))
        #expect(!result.stdout.contains("99"))
    }

    @Test func byteOrderMarkAndCRLFAreAcceptedInHTMLAndMarkdown() throws {
        let ws = try Workspace()
        try ws.write("bom.html", [0xEF, 0xBB, 0xBF] + Array("<p>Officials said 40% of roads\r\nwere closed in 2024.</p>\r\n".utf8))
        try ws.write("bom.md", [0xEF, 0xBB, 0xBF] + Array("# Roads\r\n\r\nOfficials said **40%** of roads\r\nwere closed in 2024.\r\n".utf8))
        for file in ["bom.html", "bom.md"] {
            let result = try ws.run(["check", file, "--no-report"])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stdout.contains("\"Officials said 40% of roads were closed in 2024.\""), "\(file): \(result.stdout)")
        }
    }

    @Test(arguments: [
        ("scripts.html", "<html><head><title></title><script>var a = 5;</script></head><body><nav>Home</nav></body></html>", "no article text found in the HTML"),
        ("comment.htm", "<!-- 5% of nothing -->\n<p></p>", "no article text found in the HTML"),
        ("code.md", "```\nlet share = 5\n```\n\n---\n", "no article text found in the Markdown"),
    ])
    func anArticleWithNoTextAfterConversionFailsWithOneLine(file: String, content: String, message: String) throws {
        let ws = try Workspace()
        try ws.write(file, Array(content.utf8))
        let result = try ws.run(["check", file])
        #expect(result.status != 0)
        #expect(result.stderr == "claimdesk: error: cannot read '\(file)': \(message)\n", "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func anEmptyHTMLFileIsReportedAsEmpty() throws {
        let ws = try Workspace()
        try ws.write("empty.html", Array(" \n".utf8))
        let result = try ws.run(["check", "empty.html"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot read 'empty.html': the file is empty"))
    }
}
