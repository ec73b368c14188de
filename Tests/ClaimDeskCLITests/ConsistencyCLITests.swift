import Foundation
import TestSupport
import Testing

/// An inconsistency reaches the reviewer everywhere: `check`, `claims`, `show`, the Markdown
/// report and `extract --jsonl` all show its flag and its arithmetic.
@Suite struct ConsistencyCLITests {
    static let article = """
        Ferry line extended, June 2024

        The new ferry route runs from 252 to 287 miles, up 40 miles on the old one, the harbour master said.

        In a council poll, 62% of residents backed the route and 45% of residents opposed it, the council said.

        """

    @Test func theArithmeticOfAnInconsistencyIsShownEverywhere() throws {
        let ws = try Workspace()
        try ws.write("ferry.txt", Array(Self.article.utf8))

        let check = try ws.run(["check", "ferry.txt"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("flag inconsistent: \"40 miles\" does not match the endpoints"))
        #expect(check.stdout.contains("arithmetic: 287 − 252 = 35 miles; stated: 40 miles"))
        #expect(check.stdout.contains("arithmetic: 62% + 45% = 107% > 100%"))

        let claims = try ws.run(["claims", "--flag", "inconsistent"])
        #expect(claims.status == 0)
        #expect(claims.stdout.contains("inconsistent: 287 − 252 = 35 miles; stated: 40 miles"))
        #expect(claims.stdout.contains("the harbour master"), "the SOURCE column shows the speaker")

        let json = try ws.run(["claims", "--flag", "inconsistent", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 2)
        let id = try #require(list.first?["id"] as? Int)
        let show = try ws.run(["show", "\(id)"])
        #expect(show.stdout.contains("arithmetic:"))

        let report = try String(contentsOf: ws.url.appendingPathComponent("Reports/ferry.md"), encoding: .utf8)
        #expect(report.contains("Flag `inconsistent`"))
        #expect(report.contains("287 − 252 = 35 miles"))

        let lines = try ws.run(["extract", "--jsonl", "ferry.txt"])
        #expect(lines.status == 0)
        let objects = lines.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let flags = objects.flatMap { ($0["flags"] as? [[String: Any]]) ?? [] }
        let inconsistent = flags.filter { $0["kind"] as? String == "inconsistent" }
        #expect(inconsistent.count == 2)
        #expect(inconsistent.contains { ($0["details"] as? String)?.contains("287 − 252 = 35") == true })
    }
}

@Suite struct ClaimsSpeakerFilterTests {
    @Test func claimsCanBeFilteredBySpeaker() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
        let json = try ws.run(["claims", "--speaker", "OKAFOR", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!list.isEmpty)
        let all = try #require(try JSONSerialization.jsonObject(with: Data(try ws.run(["claims", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(list.count < all.count, "the filter keeps only Okafor's claims")
        let none = try ws.run(["claims", "--speaker", "nobody-of-that-name"])
        #expect(none.stdout.contains("No claims match."))
    }
}
