import ClaimAnalysis
import Foundation
import GRDB
import Testing

import ClaimModel
@testable import ClaimStore

/// A short article with a sourced share, an unsourced amount and a lost figure.
let article = """
    Port budget grows

    Treasurer Maria Okafor said freight pays for 62% of the port's costs in 2025.

    The council approved $48.5 million for the terminal.

    Opponents said dredging would cost $ million more than planned.
    """

let day = Date(timeIntervalSince1970: 1_780_000_000)

func stored(_ text: String = article, in database: ClaimDatabase? = nil) throws -> (ClaimDatabase, AddResult) {
    let db = try database ?? ClaimDatabase.inMemory()
    let result = try db.add(source: "test.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: day)
    return (db, result)
}

/// Every row of every table, so a test can tell whether anything changed.
func dump(_ database: ClaimDatabase) throws -> String {
    try database.writer.read { db in
        try ["article", "claim", "quantity", "flag", "review"].map { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id").map(\.description).joined(separator: "\n")
        }.joined(separator: "\n--\n")
    }
}

@Suite struct ClaimDatabaseTests {
    @Test func addStoresArticleClaimsFiguresAndFlags() throws {
        let (db, result) = try stored()
        #expect(result.isNew)
        #expect(result.article.title == "Port budget grows")
        let claims = try db.claims()
        #expect(claims.count == 3)
        let share = try #require(claims.first { $0.quantities.contains { $0.text == "62%" } })
        #expect(share.claim.speaker == "Maria Okafor")
        #expect(share.quantities.first?.normalizedUnit == "percentage")
        #expect(share.quantities.first?.low == 62)
        let lost = try #require(claims.first { $0.claim.sentence.contains("dredging") })
        #expect(lost.flags.map(\.kind).contains(.missingFigure))
        #expect(claims.allSatisfy { $0.status == .unreviewed && $0.reviews.isEmpty })
    }

    @Test func sameTextTwiceIsStoredOnce() throws {
        let (db, first) = try stored()
        let before = try dump(db)
        let (_, second) = try stored(in: db)
        #expect(!second.isNew)
        #expect(second.article.id == first.article.id)
        #expect(try dump(db) == before)
        #expect(try db.articles().count == 1)
    }

    @Test func differentTextIsANewArticle() throws {
        let (db, _) = try stored()
        let (_, other) = try stored(article + "\n\nA new line with 5% more.", in: db)
        #expect(other.isNew)
        #expect(try db.articles().count == 2)
    }

    @Test func reviewsAreAHistoryAndTheLatestIsTheStatus() throws {
        let (db, _) = try stored()
        let id = try #require(db.claims().first?.id)
        try db.mark(claim: id, ReviewInput(status: .inProgress, reviewer: "ana"), at: day)
        try db.mark(claim: id, ReviewInput(status: .verified, reviewer: "ben", note: "matches minutes", evidenceURL: "https://example.org/m", evidenceQuote: "62 per cent"), at: day.addingTimeInterval(60))
        let claim = try db.claim(id: id)
        #expect(claim.reviews.map(\.status) == [.inProgress, .verified])
        #expect(claim.status == .verified)
        #expect(claim.latestReview?.evidenceQuote == "62 per cent")
        #expect(claim.reviews.first?.reviewer == "ana")
    }

    @Test func reviewRowsCannotBeRewritten() throws {
        let (db, _) = try stored()
        let id = try #require(db.claims().first?.id)
        try db.mark(claim: id, ReviewInput(status: .verified), at: day)
        #expect(throws: DatabaseError.self) {
            try db.writer.write { try $0.execute(sql: "UPDATE review SET status = 'false'") }
        }
        #expect(throws: DatabaseError.self) {
            try db.writer.write { try $0.execute(sql: "DELETE FROM review") }
        }
        #expect(try db.claim(id: id).status == .verified)
    }

    @Test func unknownClaimIsAnErrorAndChangesNothing() throws {
        let (db, _) = try stored()
        let before = try dump(db)
        #expect(throws: StoreError.unknownClaim(9999)) {
            try db.mark(claim: 9999, ReviewInput(status: .verified), at: day)
        }
        #expect(throws: StoreError.unknownClaim(9999)) { try db.claim(id: 9999) }
        #expect(try dump(db) == before)
    }

    @Test func unknownArticleIsAnError() throws {
        let (db, result) = try stored()
        #expect(try db.article("test.txt").id == result.article.id)
        #expect(try db.article(String(result.article.id!)).source == "test.txt")
        #expect(throws: StoreError.unknownArticle("nope.txt")) { try db.article("nope.txt") }
    }

    @Test func anArticleIsStoredWholeOrNotAtAll() throws {
        let db = try ClaimDatabase.inMemory()
        // Make the third figure's insert fail, after the article and two claims went in.
        try db.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER fail_late BEFORE INSERT ON flag
                WHEN NEW.kind = 'missing-figure'
                BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
                """)
        }
        #expect(throws: DatabaseError.self) { try stored(in: db) }
        #expect(try db.articles().isEmpty)
        #expect(try db.claims().isEmpty)
        let orphans = try db.writer.read { try Int.fetchOne($0, sql: "SELECT (SELECT COUNT(*) FROM quantity) + (SELECT COUNT(*) FROM flag)") }
        #expect(orphans == 0)
    }

    @Test func filtersByArticleStatusAndFlag() throws {
        let (db, first) = try stored()
        let (_, second) = try stored("Officials said 40% of roads were closed in 2024.", in: db)
        #expect(try db.claims(ClaimFilter(articleId: second.article.id)).count == 1)
        #expect(try db.claims(ClaimFilter(articleId: first.article.id)).count == 3)
        let lost = try db.claims(ClaimFilter(flag: .missingFigure))
        #expect(lost.count == 1 && lost[0].claim.sentence.contains("dredging"))
        try db.mark(claim: lost[0].id, ReviewInput(status: .disputed), at: day)
        #expect(try db.claims(ClaimFilter(status: .disputed)).map(\.id) == [lost[0].id])
        #expect(try db.claims(ClaimFilter(status: .unreviewed)).count == 3)
    }

    @Test func claimsComeMostCheckWorthyFirst() throws {
        let (db, _) = try stored()
        let scores = try db.claims().map(\.claim.worthiness)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func fileDatabaseIsMigratedOnceAndReopens() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let (_, result) = try stored(in: try ClaimDatabase(path: path))
            #expect(result.isNew)
        }
        let reopened = try ClaimDatabase(path: path)
        #expect(try reopened.articles().count == 1)
        let migrations = try reopened.writer.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.sorted() == ClaimDatabase.migrator.migrations.sorted())
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-db-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(String(repeating: "plain text, not SQLite. ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ClaimDatabase(path: path)
        } throws: { error in
            "\(error)".contains("cannot open database")
        }
    }
}

@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(ContentHash.sha256Hex(input) == digest)
    }

    @Test func longInputCrossesBlocks() {
        #expect(ContentHash.sha256Hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
