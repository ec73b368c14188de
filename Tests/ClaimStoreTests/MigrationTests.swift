import ClaimAnalysis
import Foundation
import GRDB
import Testing

import ClaimModel
@testable import ClaimStore

/// Databases written by an older ClaimDesk are migrated in place when opened.
@Suite struct MigrationTests {
    /// A database file as ClaimDesk 0.1 (schema v1) left it: one article with two claims,
    /// their figures, a flag, and a review history of two rows, all written as plain SQL.
    private func v1Database() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-v1-\(UUID().uuidString).sqlite").path
        let queue = try DatabaseQueue(path: path)
        try ClaimDatabase.migrator.migrate(queue, upTo: ClaimDatabase.v1)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO article (id, source, title, contentHash, text, addedAt)
                VALUES (1, 'old.txt', 'Port costs', 'hash-of-old-text', 'Port costs

                Freight pays for 62% of the port''s costs, Okafor said.

                The council approved $48.5 million for the terminal.', '2025-03-01 09:00:00.000');
                INSERT INTO claim (id, articleId, position, paragraph, sentenceIndex, sentence, spanStart, spanEnd, kind, speaker, outlet, hedge, worthiness)
                VALUES (1, 1, 0, 1, 0, 'Freight pays for 62% of the port''s costs, Okafor said.', 12, 68, 'statistic', 'Okafor', NULL, NULL, 100),
                       (2, 1, 1, 2, 0, 'The council approved $48.5 million for the terminal.', 70, 122, 'money', NULL, NULL, NULL, 70);
                INSERT INTO quantity (id, claimId, position, text, spanStart, spanEnd, low, high, unit, normalizedUnit, change, concept, kind)
                VALUES (1, 1, 0, '62%', 17, 20, 62, 62, '%', 'percentage', '=', 'port''s costs', 'percentage'),
                       (2, 2, 0, '$48.5 million', 21, 34, 48500000, 48500000, '$', 'dollar', '=', '', 'money');
                INSERT INTO flag (id, claimId, kind, text, message, details)
                VALUES (1, 2, 'no-source', '$48.5 million', 'No speaker or outlet is given.', NULL);
                INSERT INTO review (id, claimId, status, reviewer, note, evidenceURL, evidenceQuote, createdAt)
                VALUES (1, 1, 'in-progress', 'ana', NULL, NULL, NULL, '2025-03-01 10:00:00.000'),
                       (2, 1, 'verified', 'ben', 'matches the accounts', 'https://example.org/accounts', '62 per cent', '2025-03-02 10:00:00.000');
                """)
        }
        return path
    }

    @Test func theV1IdentifierIsTheFirstMigration() {
        #expect(ClaimDatabase.migrator.migrations == [ClaimDatabase.v1, ClaimDatabase.v2, ClaimDatabase.v3, ClaimDatabase.v4, ClaimDatabase.v5])
    }

    @Test func aV1DatabaseIsMigratedInPlace() throws {
        let path = try v1Database()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (before, hadIndex) = try DatabaseQueue(path: path).read { db in
            (try Self.rows(db), try db.tableExists("claim_fts"))
        }
        #expect(!hadIndex)
        #expect(before.count == 8)
        let v1Tables = try DatabaseQueue(path: path).read { db in
            try Self.v1Columns.keys.map { table in try db.columns(in: table).map(\.name) == Self.v1Columns[table]! }
        }.allSatisfy { $0 }
        #expect(v1Tables, "the rows compared are v1's, column for column")

        let database = try ClaimDatabase(path: path)

        let (after, applied, hasIndex, hasValueIndex) = try database.writer.read { db in
            (try Self.rows(db), try ClaimDatabase.migrator.appliedIdentifiers(db), try db.tableExists("claim_fts"),
             try db.indexes(on: "quantity").contains { $0.name == "quantity_on_concept" }
                && db.indexes(on: "claim").contains { $0.name == "claim_on_sentence" })
        }
        #expect(after == before, "every v1 row is kept as it was")
        #expect(applied == [ClaimDatabase.v1, ClaimDatabase.v2, ClaimDatabase.v3, ClaimDatabase.v4, ClaimDatabase.v5])
        #expect(hasIndex)
        #expect(hasValueIndex)
        // The old claims are searchable, by sentence, speaker and figure.
        #expect(try database.search("freight").map(\.claimId) == [1])
        #expect(try database.search("okafor").map(\.claimId) == [1])
        #expect(try database.search("dollar").map(\.claimId) == [2])
        #expect(try database.search("terminal", filter: ClaimFilter(flag: .noSource)).map(\.claimId) == [2])
        #expect(try database.search("port*", filter: ClaimFilter(status: .verified)).map(\.claimId) == [1])
        // Reviews are preserved, and still cannot be rewritten.
        let claim = try database.claim(id: 1)
        #expect(claim.reviews.map(\.status) == [.inProgress, .verified])
        #expect(claim.reviews.map(\.reviewer) == ["ana", "ben"])
        #expect(claim.latestReview?.evidenceQuote == "62 per cent")
        #expect(claim.status == .verified)
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "UPDATE review SET status = 'false'") }
        }
        #expect(try database.claims().count == 2)

        // An article added after the migration is indexed too, and its figure is linked to the
        // old claim and the verdict it got before the upgrade.
        let text = "Freight pays for 62% of the Port's costs, the Ledger said."
        let added = try database.add(source: "new.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: day)
        let new = try #require(database.claims(ClaimFilter(articleId: added.article.id)).first)
        #expect(try database.search("ledger").map(\.claimId) == [new.id])
        #expect(new.repeats == [ClaimRepeat(claimId: 1, articleId: 1, articleSource: "old.txt", status: .verified, figure: "62%")])
    }

    /// Before v4 the stored text was the text as read, furniture and all, while the spans
    /// pointed into the cleaned text. v4 stores the cleaned text, so old spans slice to their
    /// sentences, and keeps the hash, so the same file is still found.
    @Test func v4StoresTheTextTheSpansIndex() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-v3-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let raw = "Home > News > Business\r\nPort costs climb\r\n\r\n  Freight pays for 62% of the port’s costs, Okafor said.  \r\nPhoto: Reuters\r\nThe council approved $48.5 million for the terminal.\r\n"
        let analysis = ClaimAnalyzer().analyze(raw)
        #expect(analysis.claims.count == 2)
        let queue = try DatabaseQueue(path: path)
        try ClaimDatabase.migrator.migrate(queue, upTo: ClaimDatabase.v3)
        try queue.write { db in
            // As v3 stored it: the raw text, and spans into the cleaned one.
            try db.execute(
                sql: "INSERT INTO article (id, source, title, contentHash, text, addedAt) VALUES (1, 'old.txt', NULL, ?, ?, '2025-03-01 09:00:00.000')",
                arguments: [ContentHash.sha256Hex(raw), raw])
            for (k, claim) in analysis.claims.enumerated() {
                try db.execute(
                    sql: "INSERT INTO claim (articleId, position, paragraph, sentenceIndex, sentence, spanStart, spanEnd, kind, worthiness) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0)",
                    arguments: [k, claim.paragraph, claim.sentenceIndex, claim.sentence, claim.span.lowerBound, claim.span.upperBound, claim.kind])
            }
        }
        let database = try ClaimDatabase(path: path)
        let (text, spans) = try database.writer.read { db in
            (try String.fetchOne(db, sql: "SELECT text FROM article")!,
             try Row.fetchAll(db, sql: "SELECT sentence, spanStart, spanEnd FROM claim ORDER BY position"))
        }
        #expect(text == analysis.document.text)
        let bytes = Array(text.utf8)
        for row in spans {
            let range = (row["spanStart"] as Int)..<(row["spanEnd"] as Int)
            #expect(String(decoding: bytes[range], as: UTF8.self) == row["sentence"] as String)
        }
        #expect(try database.storedArticle(withText: raw)?.id == 1, "the file as read is still found by its hash")
    }

    @Test func aMigratedDatabaseReopensWithoutMigratingAgain() throws {
        let path = try v1Database()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try ClaimDatabase(path: path)
        let reopened = try ClaimDatabase(path: path)
        let indexed = try reopened.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM claim_fts") }
        #expect(indexed == 2, "the backfill ran once")
        #expect(try reopened.search("freight").count == 1)
    }

    /// Every row of the v1 tables, in v1's columns (later migrations may add columns, such as
    /// v3's `quantity.conceptKey`, but must keep every value v1 stored).
    private static func rows(_ db: Database) throws -> [String] {
        try ["article", "claim", "quantity", "flag", "review"].flatMap { table in
            let columns = v1Columns[table]!.joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id").map { "\(table): \($0)" }
        }
    }

    private static let v1Columns = [
        "article": ["id", "source", "title", "contentHash", "text", "addedAt"],
        "claim": ["id", "articleId", "position", "paragraph", "sentenceIndex", "sentence", "spanStart", "spanEnd", "kind", "speaker", "outlet", "hedge", "worthiness"],
        "quantity": ["id", "claimId", "position", "text", "spanStart", "spanEnd", "low", "high", "unit", "normalizedUnit", "change", "concept", "kind"],
        "flag": ["id", "claimId", "kind", "text", "message", "details"],
        "review": ["id", "claimId", "status", "reviewer", "note", "evidenceURL", "evidenceQuote", "createdAt"],
    ]
}
