import Foundation
import TestSupport
import Testing

/// `claimdesk search`, and repeats as `check`, `claims` and `show` print them.
@Suite struct SearchCLITests {
    /// A workspace with the sample stored as article 1.
    func sample() throws -> Workspace {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let check = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        #expect(check.status == 0, "\(check.stderr)")
        return ws
    }

    func jsonList(_ stdout: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])
    }

    @Test func searchPrintsRankedRowsWithSnippets() throws {
        let ws = try sample()
        let result = try ws.run(["search", "harbour"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            ID     ARTICLE  STATUS        SNIPPET
            2      1        unreviewed    Council treasurer Maria Okafor said the «harbour» handled 1.2 million containers in 2025, up 8…
            5      1        unreviewed    …to 2, the first time in 17 years that the council has backed a «harbour» expansion.
            7      1        unreviewed    «Harbour» master Tom Reyes estimated that the outer breakwater, built in 1962, is now 40 years…

            """)
    }

    @Test func severalWordsPrefixesAndPhrases() throws {
        let ws = try sample()
        #expect(try ws.run(["search", "harbour", "containers"]).stdout.split(separator: "\n").count == 2)
        #expect(try ws.run(["search", "harbour containers"]).stdout.split(separator: "\n").count == 2)
        #expect(try ws.run(["search", "contain*"]).stdout.contains("«containers»"))
        #expect(try ws.run(["search", "\"running costs\""]).stdout.contains("«running costs»"))
    }

    @Test func filtersCombine() throws {
        let ws = try sample()
        _ = try ws.run(["mark", "2", "verified"])
        func ids(_ arguments: [String]) throws -> [Int] {
            let result = try ws.run(["search"] + arguments + ["--json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try jsonList(result.stdout).compactMap { $0["id"] as? Int }
        }
        #expect(try ids(["harbour", "--status", "verified"]) == [2])
        #expect(try ids(["harbour", "--status", "unreviewed"]) == [5, 7])
        #expect(try ids(["harbour", "--flag", "superlative"]) == [5])
        #expect(try ids(["harbour", "--speaker", "reyes"]) == [7])
        #expect(try ids(["harbour", "--speaker", "Maria OKAFOR"]) == [2])
        // Claim 2's figures are about the harbour too (their concept), so it ranks first.
        #expect(try ids(["harbour", "--article", "Claims/sample.txt"]) == [2, 5, 7])
        #expect(try ids(["harbour", "--article", "1", "--limit", "1"]) == [2])
    }

    @Test func searchJSON() throws {
        let ws = try sample()
        let result = try ws.run(["search", "okafor", "--json"])
        let hits = try jsonList(result.stdout)
        #expect(hits.count == 3)
        let first = try #require(hits.first)
        #expect(Set(first.keys) == ["id", "article", "status", "snippet", "sentence", "speaker", "outlet", "score"])
        #expect(first["article"] as? Int == 1)
        #expect(first["status"] as? String == "unreviewed")
        #expect((first["snippet"] as? String)?.contains("«Okafor»") == true)
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted())
        #expect(try ws.run(["search", "zebra", "--json"]).stdout == "[\n\n]\n")
    }

    @Test func noMatchIsSaidPlainly() throws {
        let ws = try sample()
        let result = try ws.run(["search", "zebra"])
        #expect(result.status == 0)
        #expect(result.stdout == "No claims match 'zebra'.\n")
    }

    @Test(arguments: [
        (["search", "%%"], "nothing to search for in '%%'"),
        (["search", "--", "--"], "nothing to search for in '--'"),
        (["search"], "Missing expected argument '<text> ...'"),
        (["search", "port", "--limit", "0"], "--limit must be at least 1"),
        (["search", "port", "--speaker", "?"], "--speaker '?' has no letters or digits"),
        (["search", "port", "--status", "maybe"], "The value 'maybe' is invalid for '--status <status>'"),
        (["search", "port", "--article", "nope.txt"], "no article 'nope.txt'"),
    ])
    func badSearchesFailWithOneLine(arguments: [String], message: String) throws {
        let ws = try sample()
        let result = try ws.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func fts5SyntaxIsSearchedAsText() throws {
        let ws = try sample()
        for query in ["\"unbalanced", "NEAR(port", "port OR", "speaker:okafor", "-port", "port AND (jobs"] {
            // "--" ends the options, so that "-port" is a query, as in any command-line tool.
            let result = try ws.run(["search", "--", query])
            #expect(result.status == 0, "\(query): \(result.stderr)")
        }
    }

    @Test func searchNeverCreatesADatabase() throws {
        let ws = try Workspace()
        let result = try ws.run(["search", "port"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no database at 'claimdesk.sqlite'"))
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func helpHasExamples() throws {
        let ws = try Workspace()
        let help = try ws.run(["search", "--help"])
        #expect(help.stdout.contains("claimdesk search 'harb*' --status unreviewed"))
        #expect(help.stdout.contains("--speaker <name>"))
    }

    /// The sample's "62% of the port's running costs", verified, then printed again by another paper.
    @Test func aRepeatedFigureShowsTheEarlierVerdict() throws {
        let ws = try sample()
        _ = try ws.run(["mark", "3", "verified", "--reviewer", "ana"])
        try ws.write("ledger.txt", Array("""
            Port costs under scrutiny

            Freight now pays for 62% of the Port's running costs, the Lindenport Ledger reported.

            It passed 9 to 2 after a long debate.
            """.utf8))
        let check = try ws.run(["check", "ledger.txt", "--no-report"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("""
                source: via Lindenport Ledger
                repeat of #3 (verified)
            """))
        // "It passed 9 to 2" has no concept (a pronoun names nothing) and another sentence:
        // not a repeat. ("The vote passed 9 to 2" would be one: the same vote, the same tally.)
        #expect(check.stdout.components(separatedBy: "repeat of").count == 2)

        let claims = try ws.run(["claims", "--article", "ledger.txt"])
        #expect(claims.stdout.contains("62%\n       repeat of #3 (verified)\n"))

        let show = try ws.run(["show", "9"])
        #expect(show.stdout.contains("""
                seen before:
                  #3  article #1 Claims/sample.txt  verified  (62%)
            """))
        #expect(!show.stdout.contains("repeat of"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(try ws.run(["show", "9", "--json"]).stdout.utf8)) as? [String: Any])
        let repeats = try #require(json["repeats"] as? [[String: Any]])
        #expect(repeats.count == 1)
        #expect(repeats.first?["claim_id"] as? Int == 3)
        #expect(repeats.first?["article_id"] as? Int == 1)
        #expect(repeats.first?["status"] as? String == "verified")
        let listed = try jsonList(try ws.run(["claims", "--json"]).stdout)
        #expect(listed.allSatisfy { $0["repeats"] is [Any] })
        #expect(listed.filter { ($0["repeats"] as? [Any])?.isEmpty == false }.compactMap { $0["id"] as? Int } == [9])

        // An unreviewed earlier occurrence is listed by show, but check and claims stay quiet.
        _ = try ws.run(["mark", "3", "in-progress"])
        #expect(try !ws.run(["claims"]).stdout.contains("repeat of"))
        #expect(try ws.run(["show", "9"]).stdout.contains("#3  article #1 Claims/sample.txt  in-progress  (62%)"))
    }
}
