import Foundation
import TestSupport
import Testing

@Suite struct ReviewCommandTests {
    @Test func markShowAndFilterByStatus() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        let mark = try ws.run(["mark", "2", "disputed", "--reviewer", "ana", "--note", "Port accounts say 58%", "--evidence", "https://example.org/accounts"])
        #expect(mark.status == 0, "\(mark.stderr)")
        #expect(mark.stdout == "Claim #2 marked disputed by ana (review 1 in its history).\n")
        _ = try ws.run(["mark", "2", "false"])
        let show = try ws.run(["show", "2"])
        try expectGolden(show.stdout, at: "Tests/ClaimDeskCLITests/Golden/show-2.txt")
        let listed = try ws.run(["claims", "--status", "false"])
        #expect(listed.stdout.split(separator: "\n").count == 2)
        #expect(listed.stdout.contains("\n2 "))
        let none = try ws.run(["claims", "--status", "verified"])
        #expect(none.stdout == "No claims match.\n")
    }

    @Test func showJSONHasTheWholeHistory() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        _ = try ws.run(["mark", "1", "in-progress", "--reviewer", "ana"])
        _ = try ws.run(["mark", "1", "verified", "--reviewer", "ben", "--quote", "budget of $48.5m"])
        let show = try ws.run(["show", "1", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let reviews = try #require(json["reviews"] as? [[String: Any]])
        #expect(reviews.compactMap { $0["status"] as? String } == ["in-progress", "verified"])
        #expect(reviews.last?["evidence_quote"] as? String == "budget of $48.5m")
        #expect(json["status"] as? String == "verified")
    }

    @Test func claimsFilterByFlagAndArticle() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        let lost = try ws.run(["claims", "--flag", "missing-figure", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(lost.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 1)
        #expect((list.first?["sentence"] as? String)?.contains("$ million") == true)
        let byPath = try ws.run(["claims", "--article", "Claims/sample.txt", "--json"])
        let byId = try ws.run(["claims", "--article", "1", "--json"])
        #expect(byPath.stdout == byId.stdout)
    }

    @Test func reportCommandWritesTheChecklist() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        let stdout = try ws.run(["report", "1"])
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("Reports/sample.md"), encoding: .utf8)
        #expect(stdout.stdout == committed)
        let toFile = try ws.run(["report", "Claims/sample.txt", "-o", "out/r.md"])
        #expect(toFile.status == 0)
        #expect(try String(contentsOf: ws.url.appendingPathComponent("out/r.md"), encoding: .utf8) == committed)
    }
}
