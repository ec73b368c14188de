import ClaimAnalysis
@testable import ClaimReports
import ClaimModel
@testable import ClaimStore
import Foundation
import TestSupport
import Testing

/// The sample article and a second, shorter one, with a verdict of every kind, as a desk
/// would have them after a morning of review.
func reviewedWorkspace() throws -> ClaimDatabase {
    let (db, _) = try sampleDatabase()
    let second = """
        Ferry fares to rise

        The transport authority said fares would rise by 12% in March, the first increase in 6 years.

        Ridership fell to 3.4 million trips last year, according to the Lindenport Ledger.

        Officials estimate the new ferries will cost €80 million.
        """
    _ = try db.add(
        source: "https://example.org/news/ferry-fares.html", text: second, analysis: ClaimAnalyzer().analyze(second),
        at: Date(timeIntervalSince1970: 0))
    let t = Date(timeIntervalSince1970: 1_780_000_000)
    let claims = try db.snapshot().claims
    func mark(_ k: Int, _ status: ReviewStatus, _ note: String? = nil, evidence: String? = nil, hours: Double = 0) throws {
        try db.mark(
            claim: claims[k].id, ReviewInput(status: status, reviewer: "ana", note: note, evidenceURL: evidence),
            at: t.addingTimeInterval(hours * 3600))
    }
    try mark(0, .inProgress)
    try mark(0, .disputed, "Council minutes give $45.1 million", evidence: "https://example.org/minutes", hours: 1)
    try mark(1, .false, "Port accounts: 1.1 million, up 3%", evidence: "https://example.org/accounts", hours: 2)
    try mark(2, .verified, hours: 3)
    try mark(3, .unverifiable, "No hiring plan published", hours: 4)
    try mark(4, .misleading, "Backed a smaller expansion in 2015", hours: 5)
    try mark(6, .notAClaim)
    try mark(claims.count - 3, .mostlyTrue, "Fares rise 11.8%, rounded", hours: 6)
    try mark(claims.count - 2, .false, "Ridership was 4.3 million", evidence: "https://example.org/ridership", hours: 7)
    try mark(claims.count - 1, .inProgress, hours: 8)
    return db
}

/// Everything `claimdesk export` and `report --all` write, under one name so that
/// `swift test --filter Export` runs it all.
@Suite struct ExportTests {}

extension ExportTests {
    @Suite struct CSVOutput {
        @Test(arguments: [
            ("plain", "plain"),
            ("", ""),
            ("1,300 jobs", "\"1,300 jobs\""),
            ("\"Freight\" pays", "\"\"\"Freight\"\" pays\""),
            ("line one\nline two", "\"line one\nline two\""),
            ("carriage\rreturn", "\"carriage\rreturn\""),
            ("windows\r\nbreak", "\"windows\r\nbreak\""),
            ("€80 million; 12%", "€80 million; 12%"),
            ("  spaces kept  ", "  spaces kept  "),
        ])
        func fieldQuoting(_ value: String, _ expected: String) {
            #expect(CSVExport.field(value) == expected)
        }

        @Test(arguments: [
            ("=1+1", "'=1+1"),
            ("+44 20 7946 0000", "'+44 20 7946 0000"),
            ("-5% on the year", "'-5% on the year"),
            ("-12", "'-12"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1+1", "'\t=1+1"),
            ("\r=1+1", "\"'\r=1+1\""),
            ("=HYPERLINK(\"https://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\""),
            ("a=1", "a=1"),
            (" =1", " =1"),
            ("'quoted", "'quoted"),
            ("|cmd", "|cmd"),
            ("12%", "12%"),
        ])
        func formulaStartsArePrefixedWithAQuote(_ value: String, _ expected: String) {
            #expect(CSVExport.field(value) == expected)
        }

        @Test func recordsEndInCRLF() {
            #expect(CSVExport.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        }

        @Test func headerNamesEveryColumn() {
            let header = CSVExport.render([], articles: [:])
            #expect(header == "claim_id,article_id,article_source,sentence,kind,figures,speaker,outlet,flags,status,reviewer,reviewed_at,note,evidence_url\r\n")
        }

        @Test func awkwardValuesRoundTrip() throws {
            let (db, article) = try sampleDatabase()
            let claim = try db.claims(ClaimFilter(articleId: article.id))[0]
            let note = "Minutes say \"45.1\", not 48.5;\nsee p. 3\r\nand annex"
            try db.mark(claim: claim.id, ReviewInput(status: .false, reviewer: "Okafor, M.", note: note), at: Date(timeIntervalSince1970: 1_780_000_000))
            let snapshot = try db.snapshot()
            let csv = CSVExport.render(snapshot.claims, articles: snapshot.articlesById)
            let records = csvRecords(csv)
            #expect(records.count == snapshot.claims.count + 1)
            #expect(records.allSatisfy { $0.count == CSVExport.columns.count })
            let row = try #require(records.first { $0.first == String(claim.id) })
            let field = { (name: String) in row[CSVExport.columns.firstIndex(of: name)!] }
            #expect(field("note") == note)
            #expect(field("reviewer") == "Okafor, M.")
            #expect(field("status") == "false")
            #expect(field("reviewed_at") == "2026-05-28T20:26:40Z")
            #expect(field("sentence") == claim.claim.sentence)
            #expect(field("article_source") == "Claims/sample.txt")
        }

        @Test func reviewedSampleMatchesGolden() throws {
            let snapshot = try reviewedWorkspace().snapshot()
            try expectGolden(CSVExport.render(snapshot.claims, articles: snapshot.articlesById), at: "Tests/ClaimReportsTests/Golden/export.csv")
        }

        @Test func unreviewedClaimsHaveEmptyReviewColumns() throws {
            let (db, _) = try sampleDatabase()
            let stored = try db.snapshot().claims[0]
            let row = CSVExport.row(stored, article: nil)
            #expect(row[9] == "unreviewed")
            #expect(row[10...].allSatisfy { $0.isEmpty })
            #expect(row[2] == "")
        }
    }
}

extension ExportTests {
    @Suite struct ClaimReviewOutput {
        @Test func ratingScale() {
            let scale = ReviewStatus.allCases.map { status in
                ClaimReviewJSONLD.verdict(for: status).map { "\(status.rawValue)=\($0.ratingValue.map(String.init) ?? "-") \($0.alternateName)" }
            }
            #expect(scale == [
                nil, nil, "verified=5 Verified", "mostly-true=4 Mostly true", "misleading=3 Misleading",
                "disputed=2 Disputed", "false=1 False", "unverifiable=- Unverifiable", nil,
            ])
        }

        @Test func onlyVerdictsArePublished() throws {
            let snapshot = try reviewedWorkspace().snapshot()
            let reviews = ClaimReviewJSONLD.reviews(snapshot.claims, articles: snapshot.articlesById)
            let verdicts = snapshot.claims.filter { [.verified, .mostlyTrue, .misleading, .disputed, .false, .unverifiable].contains($0.status) }
            #expect(reviews.count == verdicts.count)
            #expect(reviews.count == 7)
            #expect(reviews.map(\.claimReviewed) == verdicts.map(\.claim.sentence))
        }

        @Test func everyReviewHasTheRequiredKeys() throws {
            let snapshot = try reviewedWorkspace().snapshot()
            let text = try ClaimReviewJSONLD.render(
                snapshot.claims, articles: snapshot.articlesById,
                options: .init(organization: "Ledger Fact Desk", baseURL: "https://example.org/checks/"))
            let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            #expect(array.count == 7)
            for review in array {
                #expect(review["@context"] as? String == "https://schema.org")
                #expect(review["@type"] as? String == "ClaimReview")
                #expect((review["claimReviewed"] as? String)?.isEmpty == false)
                let date = try #require(review["datePublished"] as? String)
                #expect(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
                #expect((review["url"] as? String)?.hasPrefix("https://example.org/checks/") == true)
                let author = try #require(review["author"] as? [String: Any])
                #expect(author["@type"] as? String == "Organization")
                #expect(author["name"] as? String == "Ledger Fact Desk")
                let rating = try #require(review["reviewRating"] as? [String: Any])
                #expect(rating["@type"] as? String == "Rating")
                let name = try #require(rating["alternateName"] as? String)
                if name == "Unverifiable" {
                    #expect(rating["ratingValue"] == nil && rating["bestRating"] == nil && rating["worstRating"] == nil)
                } else {
                    let value = try #require(rating["ratingValue"] as? Int)
                    #expect((1...5).contains(value))
                    #expect(rating["bestRating"] as? Int == 5)
                    #expect(rating["worstRating"] as? Int == 1)
                }
                let item = try #require(review["itemReviewed"] as? [String: Any])
                #expect(item["@type"] as? String == "Claim")
                let appearance = try #require(item["appearance"] as? [String: Any])
                #expect(appearance["@type"] as? String == "CreativeWork")
                #expect(appearance["name"] is String)
            }
        }

        @Test func claimAuthorAndAppearance() throws {
            let snapshot = try reviewedWorkspace().snapshot()
            let reviews = ClaimReviewJSONLD.reviews(snapshot.claims, articles: snapshot.articlesById)
            // "Council treasurer Maria Okafor said…": a person; the sample was added from a path,
            // which is not published as a URL.
            let okafor = try #require(reviews.first { $0.claimReviewed.contains("1.2 million containers") })
            #expect(okafor.itemReviewed.author?.type == "Person")
            #expect(okafor.itemReviewed.author?.name == "Maria Okafor")
            #expect(okafor.itemReviewed.appearance?.name == "Harbour city approves record port budget as freight traffic climbs")
            #expect(okafor.itemReviewed.appearance?.url == nil)
            // "The transport authority said…": a body; the article came from a web address.
            let fares = try #require(reviews.first { $0.claimReviewed.contains("12%") })
            #expect(fares.itemReviewed.author?.type == "Organization")
            #expect(fares.itemReviewed.appearance?.url == "https://example.org/news/ferry-fares.html")
            #expect(fares.datePublished == "2026-05-29")
            #expect(fares.url == nil)
        }

        @Test(arguments: [
            ("Maria Okafor", "Person"), ("Okafor", "Person"), ("officials", "Person"), ("Tom Reyes", "Person"),
            ("the authority", "Organization"), ("Lindenport City Council", "Organization"), ("NATO", "Organization"),
            ("the Ministry's spokesperson", "Organization"), ("U.S. officials", "Person"),
        ])
        func speakerType(_ name: String, _ type: String) {
            #expect(ClaimReviewJSONLD.agentType(name) == type)
        }

        @Test(arguments: [
            ("https://example.org/checks/", "https://example.org/checks/7"),
            ("https://example.org/checks", "https://example.org/checks/7"),
            ("https://example.org/checks#", "https://example.org/checks#7"),
            ("https://example.org/check?id=", "https://example.org/check?id=7"),
            ("https://example.org/checks/{id}.html", "https://example.org/checks/7.html"),
        ])
        func reviewURL(_ base: String, _ expected: String) {
            #expect(ClaimReviewJSONLD.url(base: base, claimId: 7) == expected)
        }

        @Test func noVerdictsGiveAnEmptyArray() throws {
            let (db, _) = try sampleDatabase()
            let snapshot = try db.snapshot()
            #expect(try ClaimReviewJSONLD.render(snapshot.claims, articles: snapshot.articlesById) == "[]")
        }

        @Test func scriptTagsCannotBreakOut() throws {
            let text = "Officials said 40% of roads closed </script><script>alert(1)</script> in 2024."
            let db = try ClaimDatabase.inMemory()
            _ = try db.add(source: "x.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: Date(timeIntervalSince1970: 0))
            let claim = try #require(try db.snapshot().claims.first)
            try db.mark(claim: claim.id, ReviewInput(status: .false), at: Date(timeIntervalSince1970: 0))
            let snapshot = try db.snapshot()
            let json = try ClaimReviewJSONLD.render(snapshot.claims, articles: snapshot.articlesById)
            #expect(!json.contains("<"))
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect((array.first?["claimReviewed"] as? String)?.contains("</script>") == true)
        }

        @Test func reviewedSampleMatchesGolden() throws {
            let snapshot = try reviewedWorkspace().snapshot()
            let json = try ClaimReviewJSONLD.render(
                snapshot.claims, articles: snapshot.articlesById,
                options: .init(organization: "Ledger Fact Desk", baseURL: "https://example.org/checks/"))
            try expectGolden(json + "\n", at: "Tests/ClaimReportsTests/Golden/claimreview.jsonld")
        }
    }
}

extension ExportTests {
    @Suite struct IndexOutput {
        @Test func reviewedWorkspaceMatchesGolden() throws {
            let index = IndexReport(snapshot: try reviewedWorkspace().snapshot()).render()
            try expectGolden(index, at: "Tests/ClaimReportsTests/Golden/index.md")
        }

        @Test func falseAndDisputedComeFirst() throws {
            let index = IndexReport(snapshot: try reviewedWorkspace().snapshot()).render()
            let headings = index.split(separator: "\n").filter { $0.hasPrefix("### ") }
            #expect(headings == ["### false (2)", "### disputed (1)", "### misleading (1)", "### mostly-true (1)", "### unverifiable (1)", "### verified (1)"])
            // Settled without a verdict: counted as progress, not listed.
            #expect(!index.contains("### not-a-claim"))
        }

        @Test func progressAndOpenFlags() throws {
            #expect(IndexReport.progress(0, of: 8) == "`----------` 0/8")
            #expect(IndexReport.progress(5, of: 8) == "`######----` 5/8")
            #expect(IndexReport.progress(9, of: 10) == "`#########-` 9/10")
            #expect(IndexReport.progress(3, of: 3) == "`##########` 3/3")
            #expect(IndexReport.progress(0, of: 0) == "no claims")
            let (db, _) = try sampleDatabase()
            let claims = try db.snapshot().claims
            #expect(IndexReport.openFlags(claims) == "missing-figure 1, vague-quantity 1")
            // A settled claim's flags are no longer open questions.
            let settled = claims.map { c -> StoredClaim in
                var c = c
                c.reviews = [ReviewRecord(id: 1, claimId: c.id, status: .verified, createdAt: Date(timeIntervalSince1970: 0))]
                return c
            }
            #expect(IndexReport.openFlags(settled) == "none")
        }

        @Test func emptyWorkspace() throws {
            let index = IndexReport(snapshot: try ClaimDatabase.inMemory().snapshot()).render()
            #expect(index.contains("- Latest review: none yet"))
            #expect(index.contains("No articles yet"))
            #expect(index.contains("No claim has a verdict yet"))
        }

        @Test func checklistFileNamesAreUnique() {
            func article(_ id: Int64, _ source: String) -> ArticleRecord {
                ArticleRecord(id: id, source: source, title: nil, contentHash: "\(id)", text: "", addedAt: Date(timeIntervalSince1970: 0))
            }
            let names = IndexReport.checklistFileNames([
                article(1, "Claims/sample.txt"), article(2, "other/sample.md"), article(3, "Claims/sample.txt"),
                article(4, "index.txt"), article(5, "https://example.org/news/story?id=3"), article(6, "Claims/Sample.html"),
                article(7, "Claims/my article.txt"), article(8, "Claims/.hidden"),
            ])
            #expect(names == [
                6: "Sample.md", 3: "sample-3.md", 2: "sample-2.md", 1: "sample-1.md", 4: "index-4.md",
                5: "story-id-3.md", 7: "my article.md", 8: "hidden.md",
            ])
        }
    }
}
