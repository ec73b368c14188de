import Foundation
import GRDB
import TestSupport
import DeskKit
import Testing

@testable import claimdesk

/// Issue 16: an evidence URL is refused unless it is a plain web address, and one stored
/// anyway is percent-encoded where a report renders it, so it cannot close its link.
@Suite struct EvidenceURLCLITests {
    /// Stores a verdict with `url` as its evidence past `mark`'s rule, as a database written by
    /// an older version (which checked only the scheme) or by another tool may hold one.
    func storeEvidenceURL(_ ws: borrowing Workspace, claim: Int64, _ url: String) throws {
        let queue = try DatabaseQueue(path: ws.database.path)
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO review (claimId, status, evidenceURL, createdAt) VALUES (?, 'verified', ?, ?)",
                arguments: [claim, url, Date(timeIntervalSince1970: 1_780_000_000)])
        }
    }

    static let hostileURLs = [
        "https://example.org/a>)<script>alert(1)</script>",
        "https://example.org/a b",
        "https://example.org/\u{1B}[2J",
        "https://example.org/x\n# heading",
        "https://example.org/\"onmouseover=alert(1)",
        "https://example.org/`code`",
        "https://example.org/100%",
        "https:///no-host",
        "javascript:alert(1)//https://example.org",
    ]

    @Test(arguments: hostileURLs)
    func markRefusesAnEvidenceURLThatIsNotAPlainWebAddress(_ url: String) throws {
        let ws = try checkedSample()
        let before = try snapshot(ws)
        let mark = try ws.run(["mark", "1", "verified", "--evidence", url])
        #expect(mark.status != 0, "accepted \(url.debugDescription)")
        #expect(mark.stderr.hasPrefix("claimdesk: error: --evidence must be an http or https URL"), "\(mark.stderr)")
        #expect(mark.stderr.split(separator: "\n").count == 1, "\(mark.stderr)")
        // The message quotes the URL without its control characters.
        #expect(!mark.stderr.unicodeScalars.contains { $0 == "\u{1B}" })
        #expect(try snapshot(ws) == before)
    }

    @Test func reviewRefusesAHostileEvidenceURL() throws {
        let ws = try checkedSample()
        let run = try ws.run(["review", "1"], input: Array("e\nhttps://example.org/a>)<script>alert(1)</script>\nq\n".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Not saved: evidence must be an http or https URL"))
        #expect(!run.stdout.contains("Evidence saved"))
        let show = try ws.run(["show", "3", "--json"])
        #expect(!show.stdout.contains("script"))
    }

    @Test func aStoredHostileEvidenceURLIsPercentEncodedInEveryReport() throws {
        let ws = try checkedSample()
        try storeEvidenceURL(ws, claim: 1, "https://example.org/a>)<script>alert(1)</script>")
        let report = try ws.run(["report", "1"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.contains("<script"), "\(report.stdout)")
        #expect(report.stdout.contains("([evidence](<https://example.org/a%3E%29%3Cscript%3Ealert%281%29%3C/script%3E>))"))
        let all = try ws.run(["report", "--all"])
        #expect(all.status == 0, "\(all.stderr)")
        for file in ["Reports/sample.md", "Reports/index.md"] {
            let text = try readFile(ws, file)
            #expect(!text.contains("<script"), "\(file)")
            #expect(text.contains("%3Cscript%3E"), "\(file)")
        }
    }

    @Test func aValidURLWithParenthesesAndAccentsIsKeptAndEncodedWhereRendered() throws {
        let ws = try checkedSample()
        let url = "https://de.wikipedia.org/wiki/Hafen_(Überlingen)"
        let mark = try ws.run(["mark", "1", "verified", "--evidence", url])
        #expect(mark.status == 0, "\(mark.stderr)")
        // Stored as given; encoded in the Markdown link, so no ")" can close it.
        #expect(try ws.run(["show", "1"]).stdout.contains("evidence: \(url)\n"))
        let report = try ws.run(["report", "1"]).stdout
        #expect(report.contains("([evidence](<https://de.wikipedia.org/wiki/Hafen_%28%C3%9Cberlingen%29>))"), "\(report)")
    }

    @Test(arguments: [
        "https://example.org/accounts", "http://example.org", "HTTPS://EXAMPLE.ORG/A?b=c&d=%20e#f",
        "https://en.wikipedia.org/wiki/Port_(city)", "https://de.wikipedia.org/wiki/Überlingen", "https://[::1]:8080/x",
    ])
    func plainWebAddressesAreAccepted(_ url: String) {
        #expect(EvidenceURL.problem(url) == nil)
    }

    @Test(arguments: [
        ("https://example.org/a b", "evidence must be an http or https URL, got 'https://example.org/a b': it holds a space (write it %20)"),
        ("https://example.org/<x>", "evidence must be an http or https URL, got 'https://example.org/<x>': it holds '<' (write it %3C)"),
        ("https://example.org/\u{1B}[2J", "evidence must be an http or https URL, got 'https://example.org/\u{FFFD}[2J': it holds a line break or control character"),
        ("https://example.org/x\ny", "evidence must be an http or https URL, got 'https://example.org/x y': it holds a line break or control character"),
        ("https://example.org/\u{202E}gpj", "evidence must be an http or https URL, got 'https://example.org/\u{202E}gpj': it holds an invisible formatting character (U+202E)"),
        ("https://example.org/5%", "evidence must be an http or https URL, got 'https://example.org/5%': it holds a '%' that starts no percent-encoding (write it %25)"),
        ("ftp://example.org/data", "evidence must be an http or https URL, got 'ftp://example.org/data'"),
        ("https:example.org", "evidence must be an http or https URL, got 'https:example.org'"),
    ])
    func otherTextIsRefusedWithTheReason(_ url: String, _ message: String) {
        #expect(EvidenceURL.problem(url) == message)
    }
}
