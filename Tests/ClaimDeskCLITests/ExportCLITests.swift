import Foundation
import TestSupport
import Testing

/// jq, when installed: the ClaimReview output must round-trip through it.
let jqPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return (path.split(separator: ":").map { "\($0)/jq" } + ["/usr/bin/jq", "/usr/local/bin/jq"])
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// Runs jq with `filter` over `input`.
func runJQ(_ arguments: [String], input: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: jqPath!)
    process.arguments = arguments
    let result = try runProcess(process, input: Array(input.utf8))
    return (result.status, result.stdout, result.stderr)
}

@Suite struct ExportCLITests {
    /// The sample checked, then reviewed the way a desk does it from the command line.
    func reviewed() throws -> Workspace {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        try ws.copy("Claims/harbour-dredging.md")
        #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
        #expect(try ws.run(["check", "Claims/harbour-dredging.md", "--no-report"]).status == 0)
        let marks: [[String]] = [
            ["mark", "2", "false", "--note", "Port accounts say 1.1 million, \"up 3%\"", "--evidence", "https://example.org/accounts"],
            ["mark", "1", "disputed", "--reviewer", "ana", "--note", "Minutes give $45.1 million,\nnot $48.5 million"],
            ["mark", "3", "verified", "--evidence", "https://example.org/ledger"],
            ["mark", "4", "unverifiable"],
            ["mark", "5", "misleading"],
            ["mark", "6", "in-progress"],
            ["mark", "7", "not-a-claim"],
        ]
        for arguments in marks {
            let result = try ws.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return ws
    }

    @Test func jsonHasEveryClaimWithItsHistory() throws {
        let ws = try reviewed()
        let result = try ws.run(["export", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(try ws.run(["claims", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(claims.count == listed.count)
        #expect(claims.compactMap { $0["id"] as? Int } == Array(1...claims.count))
        let two = try #require(claims.first { $0["id"] as? Int == 2 })
        #expect(two["status"] as? String == "false")
        #expect(two["article_source"] as? String == "Claims/sample.txt")
        #expect(two["speaker"] as? String == "Maria Okafor")
        #expect((two["quantities"] as? [Any])?.count == 2)
        let reviews = try #require(two["reviews"] as? [[String: Any]])
        #expect(reviews.count == 1)
        #expect(reviews[0]["evidence_url"] as? String == "https://example.org/accounts")
        #expect(reviews[0]["reviewer"] as? String == "tester")
        let six = try #require(claims.first { $0["id"] as? Int == 6 })
        #expect((six["flags"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }.contains("missing-figure") == true)
        // Everything `claims --json` says about a claim, export says too.
        for key in listed[0].keys { #expect(claims.first { $0["id"] as? Int == listed[0]["id"] as? Int }?[key] != nil, "\(key)") }
        // Default format is JSON.
        #expect(try ws.run(["export"]).stdout == result.stdout)
    }

    @Test func csvHasOneRowPerClaim() throws {
        let ws = try reviewed()
        let result = try ws.run(["export", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("claim_id,article_id,article_source,sentence,kind,figures,speaker,outlet,flags,status,reviewer,reviewed_at,note,evidence_url\r\n"))
        #expect(result.stdout.hasSuffix("\r\n"))
        let records = csvRecords(result.stdout)
        #expect(records.count == 1 + 14)
        #expect(records.allSatisfy { $0.count == 14 })
        let one = try #require(records.first { $0.first == "1" })
        #expect(one[9] == "disputed")
        #expect(one[10] == "ana")
        #expect(one[11] == "2026-05-28T20:26:40Z")
        #expect(one[12] == "Minutes give $45.1 million,\nnot $48.5 million")
        let two = try #require(records.first { $0.first == "2" })
        #expect(two[12] == "Port accounts say 1.1 million, \"up 3%\"")
        #expect(two[13] == "https://example.org/accounts")
        #expect(result.stdout.contains("\"Port accounts say 1.1 million, \"\"up 3%\"\"\""))
        let onlyDredging = try ws.run(["export", "--format", "csv", "--article", "Claims/harbour-dredging.md"])
        #expect(csvRecords(onlyDredging.stdout).dropFirst().allSatisfy { $0[1] == "2" && $0[2] == "Claims/harbour-dredging.md" })
        #expect(csvRecords(onlyDredging.stdout).count == 1 + 6)
    }

    @Test func claimReviewHasRequiredKeys() throws {
        let ws = try reviewed()
        let result = try ws.run([
            "export", "--format", "claimreview", "--organization", "Ledger Fact Desk", "--base-url", "https://example.org/checks/",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // Verdicts only: false, disputed, verified, unverifiable, misleading; not in-progress or not-a-claim.
        #expect(reviews.count == 5)
        let byURL = Dictionary(uniqueKeysWithValues: reviews.map { ($0["url"] as? String ?? "", $0) })
        #expect(Set(byURL.keys) == Set([1, 2, 3, 4, 5].map { "https://example.org/checks/\($0)" }))
        for review in reviews {
            for key in ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url"] {
                #expect(review[key] != nil, "missing \(key)")
            }
            #expect(review["@context"] as? String == "https://schema.org")
            #expect(review["@type"] as? String == "ClaimReview")
            #expect(review["datePublished"] as? String == "2026-05-28")
            #expect((review["author"] as? [String: Any])?["name"] as? String == "Ledger Fact Desk")
            #expect((review["itemReviewed"] as? [String: Any])?["@type"] as? String == "Claim")
        }
        let two = try #require(byURL["https://example.org/checks/2"])
        let rating = try #require(two["reviewRating"] as? [String: Any])
        #expect(rating["ratingValue"] as? Int == 1)
        #expect(rating["alternateName"] as? String == "False")
        #expect(rating["bestRating"] as? Int == 5)
        #expect(rating["worstRating"] as? Int == 1)
        let author = try #require((two["itemReviewed"] as? [String: Any])?["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Person")
        #expect(author["name"] as? String == "Maria Okafor")
        let four = try #require((byURL["https://example.org/checks/4"]?["reviewRating"]) as? [String: Any])
        #expect(four["alternateName"] as? String == "Unverifiable")
        #expect(four["ratingValue"] == nil)
        // Without --base-url, no url; the organisation defaults to ClaimDesk.
        let plain = try ws.run(["export", "--format", "claimreview"])
        let plainReviews = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [[String: Any]])
        #expect(plainReviews.allSatisfy { $0["url"] == nil })
        #expect(plainReviews.allSatisfy { ($0["author"] as? [String: Any])?["name"] as? String == "ClaimDesk" })
    }

    @Test(.enabled(if: jqPath != nil, "jq is not installed: the jq round trip is skipped (JSONSerialization checks still run)"))
    func claimReviewRoundTripsThroughJQ() throws {
        let ws = try reviewed()
        let result = try ws.run(["export", "--format", "claimreview", "--base-url", "https://example.org/checks/{id}.html"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try runJQ(["."], input: result.stdout)
        #expect(parsed.status == 0, "jq . failed: \(parsed.stderr)")
        // jq's rewrite means the same values as ours.
        let ours = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSArray
        let theirs = try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? NSArray
        #expect(ours != nil && ours == theirs)
        let check = try runJQ(
            [
                "-e",
                #"length == 5 and all(.[]; .["@context"] == "https://schema.org" and .["@type"] == "ClaimReview" and .reviewRating["@type"] == "Rating" and (.reviewRating.ratingValue == null or (.reviewRating.ratingValue >= 1 and .reviewRating.ratingValue <= 5)) and (.url | test("^https://example.org/checks/[0-9]+[.]html$")))"#,
            ], input: result.stdout)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        let compact = try runJQ(["-c", ".[] | .reviewRating.alternateName"], input: result.stdout)
        #expect(compact.stdout.split(separator: "\n").sorted() == ["\"Disputed\"", "\"False\"", "\"Misleading\"", "\"Unverifiable\"", "\"Verified\""])
    }

    @Test func outputFileHoldsWhatStdoutWould() throws {
        let ws = try reviewed()
        // export -o creates no folders (issue 16): the folder is the user's to make.
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        for format in ["json", "csv", "claimreview"] {
            let stdout = try ws.run(["export", "--format", format])
            let toFile = try ws.run(["export", "--format", format, "-o", "out/claims.\(format)"])
            #expect(toFile.status == 0, "\(toFile.stderr)")
            #expect(toFile.stdout.hasPrefix("Exported "))
            let written = try Data(contentsOf: ws.url.appendingPathComponent("out/claims.\(format)"))
            #expect(String(decoding: written, as: UTF8.self) == stdout.stdout, "\(format)")
        }
        #expect(try ws.run(["export", "--format", "claimreview", "-o", "r.json"]).stdout == "Exported 5 reviews as claimreview to r.json\n")
    }

    @Test func noVerdictsGiveAnEmptyArrayAndANote() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        let result = try ws.run(["export", "--format", "claimreview"])
        #expect(result.status == 0)
        #expect(result.stdout == "[]\n")
        #expect(result.stderr.contains("no claim has a verdict yet"))
    }

    static let errors: [(arguments: [String], message: String)] = [
        (["export", "--format", "xml"], "The value 'xml' is invalid for '--format <format>'. Please provide one of 'json', 'csv' or 'claimreview'."),
        (["export", "--article", "nope.txt"], "no article 'nope.txt'"),
        (["export", "--article", "99"], "no article '99'"),
        (["export", "-o", "/proc/claimdesk-test/out.json"], "cannot write '/proc/claimdesk-test/out.json'"),
        (["export", "-o", "Claims"], "cannot write 'Claims': it is a directory"),
        (["export", "--organization", "Desk"], "--organization applies to --format claimreview only"),
        (["export", "--format", "csv", "--base-url", "https://example.org/"], "--base-url applies to --format claimreview only"),
        (["export", "--format", "claimreview", "--base-url", "example.org/checks"], "--base-url must be an http or https URL"),
        (["export", "--format", "claimreview", "--organization", " "], "--organization is empty"),
        (["report"], "name an article"),
        (["report", "1", "--all"], "give an article or --all, not both"),
        (["report", "--all", "-o", "Claims/sample.txt"], "with --all, -o names a directory"),
    ]

    @Test(arguments: errors)
    func errorsSayWhatIsWrong(_ arguments: [String], _ message: String) throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        let before = try Data(contentsOf: ws.database)
        let result = try ws.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("claimdesk: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: ws.database) == before)
    }

    @Test(arguments: [["export"], ["export", "--format", "csv"], ["report", "--all"]])
    func readingCommandsNeverCreateADatabase(_ arguments: [String]) throws {
        let ws = try Workspace()
        let result = try ws.run(arguments + ["--db", "typo.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no database at 'typo.sqlite'"))
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("typo.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("Reports").path))
    }

    @Test func reportAllWritesEveryChecklistAndAnIndex() throws {
        let ws = try reviewed()
        let result = try ws.run(["report", "--all", "-o", "site"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Report written to site/sample.md
            Report written to site/harbour-dredging.md
            Index of 2 articles written to site/index.md

            """)
        for (article, file) in [("1", "sample.md"), ("2", "harbour-dredging.md")] {
            let single = try ws.run(["report", article]).stdout
            #expect(try String(contentsOf: ws.url.appendingPathComponent("site/\(file)"), encoding: .utf8) == single)
        }
        let index = try String(contentsOf: ws.url.appendingPathComponent("site/index.md"), encoding: .utf8)
        #expect(index.hasPrefix("# Review index\n"))
        #expect(index.contains("- Claims: 14 (6 settled, 8 open)"))
        #expect(index.contains("](<sample.md>) | `#######---` 6/8 | missing-figure 1, vague-quantity 1 |"))
        #expect(index.contains("](<harbour-dredging.md>) | `----------` 0/6 |"))
        let order = ["### false (1)", "### disputed (1)", "### misleading (1)", "### unverifiable (1)", "### verified (1)"]
        let positions = order.map { index.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // The same reviews give the same bytes.
        _ = try ws.run(["report", "--all", "-o", "site"])
        #expect(try String(contentsOf: ws.url.appendingPathComponent("site/index.md"), encoding: .utf8) == index)
        // The default directory is Reports, as for `check`.
        #expect(try ws.run(["report", "--all"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("Reports/index.md").path))
    }

    @Test func helpShowsExamples() throws {
        let ws = try Workspace()
        let export = try ws.run(["export", "--help"])
        #expect(export.stdout.contains("claimdesk export --format csv -o claims.csv"))
        #expect(export.stdout.contains("false 1 False"))
        #expect(export.stdout.contains("--base-url <url>"))
        let report = try ws.run(["report", "--help"])
        #expect(report.stdout.contains("claimdesk report --all"))
        #expect(report.stdout.contains("index.md"))
    }
}
