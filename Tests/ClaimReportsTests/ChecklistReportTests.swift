import ClaimAnalysis
import ClaimReports
import ClaimModel
import ClaimStore
import Foundation
import TestSupport
import Testing

/// The sample article, stored the way `claimdesk check Claims/sample.txt` stores it.
func sampleDatabase() throws -> (ClaimDatabase, ArticleRecord) {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Claims/sample.txt"), encoding: .utf8)
    let db = try ClaimDatabase.inMemory()
    let result = try db.add(source: "Claims/sample.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: Date(timeIntervalSince1970: 0))
    return (db, result.article)
}

func report(_ db: ClaimDatabase, _ article: ArticleRecord) throws -> String {
    ChecklistReport(article: article, claims: try db.claims(ClaimFilter(articleId: article.id))).render()
}

@Suite struct ChecklistReportTests {
    /// The committed example under Reports/ must be what `check` writes today.
    @Test func committedSampleReportIsCurrent() throws {
        let (db, article) = try sampleDatabase()
        try expectGolden(try report(db, article), at: "Reports/sample.md")
    }

    @Test func reviewedReportMatchesGolden() throws {
        let (db, article) = try sampleDatabase()
        let claims = try db.claims(ClaimFilter(articleId: article.id))
        let t = Date(timeIntervalSince1970: 1_780_000_000)
        try db.mark(claim: claims[0].id, ReviewInput(status: .inProgress, reviewer: "ana"), at: t)
        try db.mark(claim: claims[0].id, ReviewInput(status: .verified, reviewer: "ana", note: "Matches the treasurer's annual statement", evidenceURL: "https://example.org/port/annual-2025", evidenceQuote: "1,204,311 TEU handled"), at: t.addingTimeInterval(3600))
        try db.mark(claim: claims[1].id, ReviewInput(status: .disputed, reviewer: "ben", note: "Port accounts give 58% *including* grants"), at: t.addingTimeInterval(7200))
        try expectGolden(try report(db, article), at: "Tests/ClaimReportsTests/Golden/sample-reviewed.md")
    }

    @Test func reportIsDeterministic() throws {
        let (db1, a1) = try sampleDatabase()
        let (db2, a2) = try sampleDatabase()
        #expect(try report(db1, a1) == report(db2, a2))
    }

    @Test func checkboxesFollowStatus() throws {
        let (db, article) = try sampleDatabase()
        let claims = try db.claims(ClaimFilter(articleId: article.id))
        let before = try report(db, article)
        #expect(before.components(separatedBy: "\n- [ ] ").count - 1 == claims.count)
        #expect(!before.contains("- [x]"))
        try db.mark(claim: claims[0].id, ReviewInput(status: .false), at: Date(timeIntervalSince1970: 0))
        try db.mark(claim: claims[1].id, ReviewInput(status: .inProgress), at: Date(timeIntervalSince1970: 0))
        let after = try report(db, article)
        #expect(after.components(separatedBy: "\n- [x] ").count - 1 == 1)
        #expect(after.contains("| false | 1 |"))
        #expect(after.contains("| in-progress | 1 |"))
    }

    @Test func reportNamesSourceFlagsAndFigures() throws {
        let (db, article) = try sampleDatabase()
        let md = try report(db, article)
        #expect(md.hasPrefix("# Review checklist: Harbour city approves record port budget"))
        #expect(md.contains("- Source: `Claims/sample.txt`"))
        #expect(md.contains("| missing-figure | 1 |"))
        #expect(md.contains("**62%**"))
        #expect(md.contains("via Lindenport Ledger"))
    }

    @Test func markdownInSentencesIsEscaped() throws {
        let text = "Officials said *exactly* 40% of [roads] were closed in 2024."
        let db = try ClaimDatabase.inMemory()
        let article = try db.add(source: "x.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: Date(timeIntervalSince1970: 0)).article
        let md = try report(db, article)
        #expect(md.contains("\\*exactly\\* **40%** of \\[roads\\]"))
    }

    @Test func articleWithoutClaimsSaysSo() throws {
        let text = "The mayor opened the new library on a sunny morning."
        let db = try ClaimDatabase.inMemory()
        let article = try db.add(source: "quiet.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: Date(timeIntervalSince1970: 0)).article
        let md = try report(db, article)
        #expect(md.contains("No numeric or statistical claims were found in this article."))
        #expect(md.contains("- Claims: 0 (0 settled, 0 open)"))
    }
}
