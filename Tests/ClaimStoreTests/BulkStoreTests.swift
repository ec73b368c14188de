import ClaimAnalysis
import Foundation
import GRDB
import GRDBSQLite
import Testing

import ClaimModel
@testable import ClaimStore

/// How many statements SQLite ran, counted through its trace hook (SQLITE_TRACE_STMT, which
/// reports each statement as it starts; trigger programs report themselves as "--" comments
/// and are left out). Like `sqliteWork`, it is the same on every run and every machine.
func sqliteStatements<T>(_ database: ClaimDatabase, _ body: () throws -> T) throws -> (result: T, statements: Int) {
    let counter = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    counter.initialize(to: 0)
    defer { counter.deallocate() }
    _ = database.writer.writeWithoutTransaction { db in
        sqlite3_trace_v2(db.sqliteConnection, UInt32(SQLITE_TRACE_STMT), { _, context, _, sql in
            let text = sql.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } ?? ""
            if !text.hasPrefix("--") { context!.assumingMemoryBound(to: Int.self).pointee += 1 }
            return 0
        }, UnsafeMutableRawPointer(counter))
    }
    defer {
        database.writer.writeWithoutTransaction { db in _ = sqlite3_trace_v2(db.sqliteConnection, 0, nil, nil) }
    }
    let result = try body()
    return (result, counter.pointee)
}

/// `add` of many articles at once, and loading many claims in a few queries.
@Suite struct BulkStoreTests {
    /// An article of `paragraphs` paragraphs, two claims each: a sentence of its own (with a
    /// concept figure, a plain one and a source) and one that every article prints, so that
    /// the claims of a later article repeat those of an earlier one; then one claim whose
    /// figure is lost, which raises a flag.
    static func portArticle(_ title: String, paragraphs: Int) -> String {
        ([title] + (1...paragraphs).map { k in
            "Berth \(k) of \(title) handled \(k * 37 + 1000) containers in March, up \(k % 40 + 1)% on the year, the harbour master said. "
                + "Freight pays for 62% of the port's costs, and tolls rose 5% this year."
        } + ["Opponents said dredging would cost $ million more than planned."]).joined(separator: "\n\n")
    }

    /// A database holding two articles of `paragraphs` paragraphs each, some claims marked.
    private func desk(paragraphs: Int) throws -> ClaimDatabase {
        let db = try ClaimDatabase.inMemory()
        let articles = ["Harbour", "Docks"].map { title in
            let text = Self.portArticle(title, paragraphs: paragraphs)
            return NewArticle(source: "\(title).txt", text: HashedText(text), analysis: ClaimAnalyzer().analyze(text))
        }
        for result in try db.add(articles, at: day) { _ = try result.get() }
        for id in stride(from: Int64(1), through: Int64(4 * paragraphs), by: 3) {
            try db.mark(claim: id, ReviewInput(status: .inProgress, reviewer: "ana"), at: day)
            try db.mark(claim: id, ReviewInput(status: .verified, reviewer: "ben", note: "checked"), at: day)
        }
        return db
    }

    @Test func loadingClaimsTakesTheSameQueriesForTwiceTheClaims() throws {
        let small = try desk(paragraphs: 50)
        let large = try desk(paragraphs: 100)
        let (smallClaims, smallCount) = try sqliteStatements(small) { try small.claims() }
        let (largeClaims, largeCount) = try sqliteStatements(large) { try large.claims() }
        #expect(smallClaims.count == 202 && largeClaims.count == 402)
        // What is loaded is all there: figures, flags, histories, and repeats of the first article.
        #expect(largeClaims.filter { !$0.quantities.isEmpty }.count >= 400)
        #expect(largeClaims.filter { !$0.flags.isEmpty }.count >= 2)
        #expect(largeClaims.filter { $0.reviews.count == 2 }.count == 134)
        #expect(largeClaims.filter { $0.claim.articleId == 2 && $0.claim.sentence.hasPrefix("Freight") }.allSatisfy { $0.repeats.count == ClaimDatabase.repeatLimit })
        print("statements to load claims: \(smallCount) for 202 claims, \(largeCount) for 402")
        #expect(smallCount == largeCount, "\(smallCount) statements for 202 claims, \(largeCount) for 402")
        // One claim loaded alone took four statements and more per claim before.
        #expect(largeCount < 20, "\(largeCount) statements for 402 claims")

        let (snapshot, snapshotCount) = try sqliteStatements(large) { try large.snapshot() }
        #expect(snapshot.claims.count == 402)
        #expect(snapshotCount < 25, "\(snapshotCount) statements for a snapshot of 402 claims")
        let (_, articleCount) = try sqliteStatements(large) { try large.claims(ClaimFilter(articleId: 2, status: .verified)) }
        #expect(articleCount < 20)
    }

    @Test(.tags(.stress)) func pagesOfClaimsCostAFewQueriesEach() throws {
        let db = try desk(paragraphs: 600)
        let (claims, count) = try sqliteStatements(db) { try db.claims() }
        #expect(claims.count == 2_402)
        let pages = (claims.count + ClaimDatabase.loadPageSize - 1) / ClaimDatabase.loadPageSize
        #expect(count <= 4 + 8 * pages, "\(count) statements for \(claims.count) claims in \(pages) pages")
    }

    /// The claims as listed, loaded one by one with `claim(id:)`, which is a page of one.
    @Test func aPageLoadsWhatEachClaimLoadsAlone() throws {
        let db = try desk(paragraphs: 30)
        let listed = try db.claims()
        #expect(listed.count == 122)
        for claim in listed {
            #expect(try db.claim(id: claim.id) == claim)
            #expect(try db.repeats(of: claim.id) == claim.repeats)
        }
    }

    /// Four articles, the second of which cannot be stored: a trigger refuses its third
    /// figure, after its article row, first claim and figures are written; the fourth is the
    /// first again.
    private func batchWithAFailure(_ raise: String) throws -> (ClaimDatabase, [Result<AddResult, any Error>], [NewArticle]) {
        let db = try ClaimDatabase.inMemory()
        try db.writer.write { db in
            // The values refused are rows of a table, so that emptying it lets the article in.
            try db.execute(sql: """
                CREATE TEMP TABLE refused(low REAL);
                INSERT INTO refused VALUES (4321);
                CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.quantity WHEN NEW.low IN (SELECT low FROM temp.refused)
                BEGIN SELECT RAISE(\(raise), 'refused by the test'); END
                """)
        }
        let texts = [
            Self.portArticle("Harbour", paragraphs: 3),
            "Refused\n\nThe kelp farm grew 4% and 3% in spring. Its crates held 4,321 oysters, the owner said.",
            Self.portArticle("Docks", paragraphs: 3),
            Self.portArticle("Harbour", paragraphs: 3),
        ]
        let articles = texts.enumerated().map { k, text in
            NewArticle(source: "\(k).txt", text: HashedText(text), analysis: ClaimAnalyzer().analyze(text))
        }
        #expect(articles[1].analysis.claims.count == 2)
        return (db, try db.add(articles, at: day), articles)
    }

    @Test(arguments: ["ABORT", "ROLLBACK"])
    func aFailingArticleInABatchIsAbsentAndTheOthersAreStored(raise: String) throws {
        // ABORT undoes the statement (the savepoint goes); ROLLBACK undoes SQLite's whole
        // transaction, so the article before it must be written again.
        let (db, results, articles) = try batchWithAFailure(raise)
        #expect(results.count == 4)
        let first = try results[0].get()
        #expect(first.isNew)
        #expect(throws: DatabaseError.self) { try results[1].get() }
        #expect(try results[2].get().isNew)
        // The same text again in the batch is the article stored earlier in it.
        let again = try results[3].get()
        #expect(!again.isNew && again.article.id == first.article.id)

        let counts = try db.writer.read { db in
            try ["article", "claim", "quantity", "flag", "claim_fts"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
        let stored = try db.claims()
        #expect(counts[0] == 2)
        let expected = articles[0].analysis.claims.count + articles[2].analysis.claims.count
        #expect(counts[1] == expected && stored.count == expected, "the claims of the two articles stored")
        #expect(counts[2] == stored.map(\.quantities.count).reduce(0, +))
        #expect(counts[3] == stored.map(\.flags.count).reduce(0, +))
        #expect(counts[4] == expected, "one search row per stored claim, none for the refused article")
        #expect(try db.search("kelp").isEmpty)
        #expect(try db.articles().map(\.source) == ["0.txt", "2.txt"])

        // Nothing of it was left behind: stored again, it goes in whole.
        try db.writer.write { try $0.execute(sql: "DELETE FROM temp.refused") }
        let retried = try #require(try db.add([articles[1]], at: day).first).get()
        #expect(retried.isNew)
        #expect(try db.search("kelp").count == 1)
        #expect(try db.claims(ClaimFilter(articleId: retried.article.id)).count == articles[1].analysis.claims.count)
    }

    /// Search rows as v2's triggers gathered them from the stored figures, which the update
    /// trigger still uses: "text unit concept" per figure, in reading order.
    private func gatheredSearchRows(_ db: ClaimDatabase) throws -> [String] {
        try db.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT claim.id AS id, claim.sentence AS sentence, claim.speaker AS speaker, claim.outlet AS outlet,
                    (SELECT COALESCE(group_concat(words, ' '), '') FROM (
                        SELECT text || COALESCE(' ' || normalizedUnit, '') || CASE concept WHEN '' THEN '' ELSE ' ' || concept END AS words
                        FROM quantity WHERE claimId = claim.id ORDER BY position)) AS figures
                FROM claim ORDER BY id
                """).map { "\($0["id"] as Int64) | \($0["sentence"] as String) | \($0["speaker"] as String? ?? "") | \($0["outlet"] as String? ?? "") | \($0["figures"] as String)" }
        }
    }

    @Test func searchFindsTheSameClaimsAfterABulkAdd() throws {
        let texts = [Self.portArticle("Harbour", paragraphs: 4), article, Self.portArticle("Docks", paragraphs: 4)]
        let oneByOne = try ClaimDatabase.inMemory()
        for (k, text) in texts.enumerated() {
            _ = try oneByOne.add(source: "\(k).txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: day)
        }
        let bulk = try ClaimDatabase.inMemory()
        let articles = texts.enumerated().map { k, text in
            NewArticle(source: "\(k).txt", text: HashedText(text), analysis: ClaimAnalyzer().analyze(text))
        }
        let results = try bulk.add(articles, at: day)
        #expect(try results.allSatisfy { try $0.get().isNew })

        let indexed = try bulk.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, sentence, speaker, outlet, figures FROM claim_fts ORDER BY rowid")
                .map { "\($0["rowid"] as Int64) | \($0["sentence"] as String) | \($0["speaker"] as String? ?? "") | \($0["outlet"] as String? ?? "") | \($0["figures"] as String)" }
        }
        #expect(indexed == (try gatheredSearchRows(bulk)), "the index holds what v2's triggers gathered")
        #expect(indexed.count == articles.map(\.analysis.claims.count).reduce(0, +))

        for query in ["freight", "berth*", "harbour master", "percentage", "dollar", "\"port's costs\"", "okafor", "container", "62", "dredging"] {
            let expected = try oneByOne.search(query)
            let found = try bulk.search(query)
            #expect(!expected.isEmpty, "'\(query)' finds something")
            #expect(found == expected, "'\(query)'")
        }
        #expect(try bulk.search("freight", filter: ClaimFilter(articleId: 3)) == (try oneByOne.search("freight", filter: ClaimFilter(articleId: 3))))
    }
}
