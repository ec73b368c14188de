import ClaimAnalysis
import Foundation
import GRDB
import GRDBSQLite
import Testing

import ClaimModel
@testable import ClaimStore

extension Tag {
    /// Tests at the sizes a reliability probe used (thousands of claims or figures); they
    /// take seconds, not milliseconds. `swift test --skip ...` style runs may leave them out.
    @Tag static var stress: Self
}

/// How much work SQLite did, as a count of its virtual-machine steps (in units of 16), read
/// through a progress handler. Unlike a clock it is the same on every run and every
/// machine, so a test can compare the work at two sizes: linear work doubles when the input
/// doubles, quadratic work quadruples.
func sqliteWork<T>(_ database: ClaimDatabase, _ body: () throws -> T) throws -> (result: T, work: Int) {
    let counter = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    counter.initialize(to: 0)
    defer { counter.deallocate() }
    database.writer.writeWithoutTransaction { db in
        sqlite3_progress_handler(db.sqliteConnection, 16, { context in
            context!.assumingMemoryBound(to: Int.self).pointee += 1
            return 0
        }, UnsafeMutableRawPointer(counter))
    }
    defer {
        database.writer.writeWithoutTransaction { db in sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
    }
    let result = try body()
    return (result, counter.pointee)
}

/// Storing a claim and looking up its repeats cost the same for each figure and each claim,
/// however many the article has: the work at twice the size is about twice the work.
@Suite struct LinearWorkTests {
    /// One sentence of `count` figures, as in the probe's 40 KB of "$5m ".
    private func figures(_ count: Int) -> String {
        "Costs " + String(repeating: "$5m ", count: count) + "in all."
    }

    /// The work of storing `text` (analysed beforehand, as `check` does) in a new database.
    private func addWork(_ text: String) throws -> Int {
        let db = try ClaimDatabase.inMemory()
        let analysis = ClaimAnalyzer().analyze(text)
        return try sqliteWork(db) { try db.add(source: "a.txt", text: text, analysis: analysis, at: day) }.work
    }

    @Test func storingAClaimCostsTheSameForEachOfItsFigures() throws {
        let analysis = ClaimAnalyzer().analyze(figures(400))
        #expect(analysis.claims.count == 1)
        #expect(analysis.claims.first?.quantities.count == 400)
        let small = try addWork(figures(400))
        let large = try addWork(figures(800))
        // v2's trigger rebuilt the claim's figure text at every figure: 3.9 times the work here.
        #expect(Double(large) / Double(small) < 2.4, "work \(small) for 400 figures, \(large) for 800")
    }

    @Test func theSearchRowIsWrittenOnceWithTheFiguresTheIndexAlwaysHeld() throws {
        let (db, _) = try stored()
        _ = try stored(figures(30), in: db)
        // What v2's SQL gathered for every claim (and the update trigger still gathers).
        let expected = try db.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT claim.id AS id, (SELECT COALESCE(group_concat(words, ' '), '') FROM (
                    SELECT text || COALESCE(' ' || normalizedUnit, '') || CASE concept WHEN '' THEN '' ELSE ' ' || concept END AS words
                    FROM quantity WHERE claimId = claim.id ORDER BY position)) AS figures
                FROM claim ORDER BY id
                """).map { "\($0["id"] as Int64): \($0["figures"] as String)" }
        }
        let indexed = try db.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, figures FROM claim_fts ORDER BY rowid")
                .map { "\($0["rowid"] as Int64): \($0["figures"] as String)" }
        }
        #expect(indexed == expected)
        #expect(expected.count == 4)
        #expect(try db.search("dollar").count == 2)
    }

    /// `count` copies of one short sentence in one paragraph (identical paragraphs in a row
    /// are one paragraph to `Document`, as a headline printed twice is).
    private func identical(_ sentence: String, _ count: Int, title: String = "Digest") -> String {
        title + "\n\n" + Array(repeating: sentence, count: count).joined(separator: " ")
    }

    /// The work of listing the claims of the last of `articles`, stored in that order.
    private func listingWork(_ articles: [String]) throws -> (claims: [StoredClaim], work: Int) {
        let db = try ClaimDatabase.inMemory()
        var last: AddResult?
        for text in articles {
            last = try db.add(source: "a.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: day)
        }
        let (claims, work) = try sqliteWork(db) { try db.claims(ClaimFilter(articleId: last!.article.id)) }
        return (claims, work)
    }

    @Test(arguments: [
        "Costs rose 5% this year.",  // a figure without a concept: looked up by its sentence
        "Freight pays for 62% of the port's costs.",  // with one: looked up by its concept
    ])
    func identicalSentencesInOneArticleDoNotLookAtEachOther(sentence: String) throws {
        let (small, smallWork) = try listingWork([identical(sentence, 150)])
        let (large, largeWork) = try listingWork([identical(sentence, 300)])
        #expect(small.count == 150 && large.count == 300)
        #expect(large.allSatisfy { $0.repeats.isEmpty }, "the same article is no repeat")
        #expect(Double(largeWork) / Double(smallWork) < 2.4, "work \(smallWork) for 150 claims, \(largeWork) for 300")
    }

    @Test(arguments: ["Costs rose 5% this year.", "Freight pays for 62% of the port's costs."])
    func identicalSentencesAcrossArticlesListTheTenEarliest(sentence: String) throws {
        let (small, smallWork) = try listingWork([identical(sentence, 150), identical(sentence, 150, title: "Again")])
        let (large, largeWork) = try listingWork([identical(sentence, 300), identical(sentence, 300, title: "Again")])
        for claims in [small, large] {
            #expect(claims.allSatisfy { $0.repeats.map(\.claimId) == Array(1...10) }, "the first article's ten earliest claims")
            #expect(claims.allSatisfy { $0.repeats.allSatisfy { $0.articleId == 1 && $0.figure == (sentence.contains("5%") ? "5%" : "62%") } })
        }
        #expect(Double(largeWork) / Double(smallWork) < 2.4, "work \(smallWork) for 150 claims, \(largeWork) for 300")
    }

    @Test(.tags(.stress)) func fiveThousandIdenticalSentencesTwice() throws {
        let sentence = "Freight pays for 62% of the port's costs."
        let (claims, work) = try listingWork([identical(sentence, 5_000), identical(sentence, 5_000, title: "Again")])
        let (_, smallWork) = try listingWork([identical(sentence, 100), identical(sentence, 100, title: "Again")])
        #expect(claims.count == 5_000)
        #expect(claims.allSatisfy { $0.repeats.count == ClaimDatabase.repeatLimit })
        // Per claim, no more work than at a hundred claims (with some room for deeper indexes).
        #expect(Double(work) / 5_000 < 1.5 * Double(smallWork) / 100, "work \(work) for 5,000 claims, \(smallWork) for 100")
    }

    @Test(.tags(.stress)) func fortyKilobytesOfOneFigure() throws {
        let text = String(repeating: "$5m ", count: 10_000)
        let db = try ClaimDatabase.inMemory()
        let analysis = ClaimAnalyzer().analyze(text)
        let (added, work) = try sqliteWork(db) { try db.add(source: "a.txt", text: text, analysis: analysis, at: day) }
        let small = try addWork(String(repeating: "$5m ", count: 500))
        #expect(Double(work) / 10_000 < 1.5 * Double(small) / 500, "work \(work) for 10,000 figures, \(small) for 500")
        let claims = try db.claims(ClaimFilter(articleId: added.article.id))
        let storedFigures = claims.map { $0.quantities.count }.reduce(0, +)
        let analysedFigures = analysis.claims.map { $0.quantities.count }.reduce(0, +)
        #expect(storedFigures == analysedFigures)
        #expect(try db.search("dollar").count == claims.count)
    }
}
