import ClaimAnalysis
import Foundation
import GRDB
import Testing

import ClaimModel
@testable import ClaimStore

/// Which files `ClaimDatabase` opens, and what opening does to them.
@Suite struct WorkspaceFileTests {
    private func temporaryPath(_ name: String = "db") -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-\(name)-\(UUID().uuidString).sqlite").path
    }

    private func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private func sidecars(_ path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    private static let accesses: [ClaimDatabase.Access] = [.readWrite, .readOnly, .readOnlyUntilWrite]

    @Test(arguments: [
        ("DELETE", "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('milk')", "another application's tables, no ClaimDesk schema"),
        ("WAL", "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('milk')", "another application's tables, no ClaimDesk schema"),
        ("DELETE", "PRAGMA application_id = 1179468100; CREATE TABLE t (x)", "SQLite application_id 0x464D4144: another application's file"),
        ("WAL", "CREATE TABLE grdb_migrations (identifier TEXT PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1: users')",
         "another application's tables, no ClaimDesk schema"),
    ])
    func anotherApplicationsFileIsLeftAsItIs(journal: String, sql: String, reason: String) throws {
        let path = temporaryPath("foreign")
        defer { remove(path) }
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = \(journal)")
            try db.execute(sql: sql)
        }
        let before = bytes(path)
        #expect(sidecars(path).isEmpty)
        for access in Self.accesses {
            #expect(throws: StoreError.notClaimDesk(path: path, reason: reason)) { try ClaimDatabase(path: path, access: access) }
            #expect(bytes(path) == before, "\(access)")
            #expect(sidecars(path).isEmpty, "\(access) left \(sidecars(path))")
        }
        #expect("\(StoreError.notClaimDesk(path: path, reason: reason))"
            == "cannot open database '\(path)': it is not a ClaimDesk database (\(reason)); it was left as it is")
    }

    @Test func aFileThatIsNotSQLiteIsLeftAsItIs() throws {
        let path = temporaryPath("text")
        defer { remove(path) }
        try Data("SQLite is not what this is, though it starts like a word.".utf8).write(to: URL(fileURLWithPath: path))
        let before = bytes(path)
        for access in Self.accesses {
            #expect(throws: StoreError.notClaimDesk(path: path, reason: "not an SQLite file")) { try ClaimDatabase(path: path, access: access) }
        }
        #expect(bytes(path) == before && sidecars(path).isEmpty)
    }

    /// A current ClaimDesk file, closed, in the journal mode given.
    private func current(journal: String = "WAL") throws -> String {
        let path = temporaryPath()
        _ = try stored(in: ClaimDatabase(path: path))
        if journal != "WAL" {
            try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = \(journal)") }
        }
        return path
    }

    @Test func aNewFileIsMarkedAsClaimDesks() throws {
        let path = try current()
        defer { remove(path) }
        let (applicationID, userVersion) = try DatabaseQueue(path: path).read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(applicationID == ClaimDatabase.applicationID)
        #expect(userVersion == ClaimDatabase.schemaVersion)
        // The mark is in the file's header, where the check before SQLite opens reads it.
        #expect(Array(bytes(path)![68..<72]) == Array("CLMD".utf8))
    }

    @Test(arguments: [
        ("PRAGMA user_version = \(ClaimDatabase.schemaVersion + 1)", ClaimDatabase.schemaVersion + 1),
        ("INSERT INTO grdb_migrations VALUES ('v40: speakers')", ClaimDatabase.schemaVersion + 1),
        ("INSERT INTO grdb_migrations VALUES ('v40: a'), ('v50: b'); PRAGMA user_version = 50", 50),
    ])
    func aNewerSchemaIsRefusedUntouched(sql: String, schema: Int) throws {
        let path = try current()
        defer { remove(path) }
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: sql) }
        let before = bytes(path)
        for access in Self.accesses {
            #expect(throws: StoreError.newerSchema(path: path, schema: schema)) { try ClaimDatabase(path: path, access: access) }
        }
        #expect(bytes(path) == before)
        #expect("\(StoreError.newerSchema(path: path, schema: schema))".hasSuffix(
            "it was made by a newer ClaimDesk (schema \(schema); this one knows up to schema \(ClaimDatabase.schemaVersion)); upgrade ClaimDesk"))
    }

    @Test func readingNeverWritesNorChangesTheJournalMode() throws {
        let path = try current(journal: "DELETE")
        defer { remove(path) }
        let before = bytes(path)
        let database = try ClaimDatabase(path: path, access: .readOnly)
        #expect(database.upgradedFrom == nil)
        #expect(try database.claims().count == 3)
        _ = try database.search("freight")
        _ = try database.status()
        _ = try database.snapshot()
        #expect(throws: StoreError.readOnly(path: path)) { try database.mark(claim: 1, ReviewInput(status: .verified), at: day) }
        #expect(throws: StoreError.readOnly(path: path)) { try database.add(source: "x.txt", text: "Up 5%.", analysis: ClaimAnalyzer().analyze("Up 5%."), at: day) }
        #expect(bytes(path) == before)
        #expect(sidecars(path).isEmpty)
        #expect(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
    }

    @Test func readingUntilAWriteOpensForWritingThen() throws {
        let path = try current(journal: "DELETE")
        defer { remove(path) }
        let before = bytes(path)
        let database = try ClaimDatabase(path: path, access: .readOnlyUntilWrite)
        _ = try database.claims()
        #expect(bytes(path) == before, "nothing written before the first write")
        try database.mark(claim: 1, ReviewInput(status: .verified), at: day)
        #expect(try database.claim(id: 1).status == .verified, "reads see the write")
        #expect(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aJournalLeftByAKilledWriterIsRolledBackEvenToRead() throws {
        let path = try current(journal: "DELETE")
        let crashed = temporaryPath("crashed")
        defer { remove(path); remove(crashed) }
        // The files as a writer killed mid-transaction leaves them: the database with some
        // uncommitted pages written, and the journal that undoes them.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = 1")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE claim SET sentence = sentence || ' (uncommitted)'")
            try db.execute(sql: "UPDATE article SET source = 'uncommitted.txt'")
            try FileManager.default.copyItem(atPath: path, toPath: crashed)
            try FileManager.default.copyItem(atPath: path + "-journal", toPath: crashed + "-journal")
            try db.execute(sql: "ROLLBACK")
        }
        let database = try ClaimDatabase(path: crashed, access: .readOnly)
        #expect(try database.articles().map(\.source) == ["test.txt"])
        #expect(try database.claims().allSatisfy { !$0.claim.sentence.contains("uncommitted") })
        #expect(sidecars(crashed).isEmpty)
        #expect(try DatabaseQueue(path: crashed).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
    }

    /// A file as ClaimDesk 0.1 left it: schema v1, unmarked, in a rollback journal.
    private func v1File() throws -> String {
        let path = temporaryPath("v1")
        let queue = try DatabaseQueue(path: path)
        try ClaimDatabase.migrator.migrate(queue, upTo: ClaimDatabase.v1)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO article (id, source, contentHash, text, addedAt) VALUES (1, 'old.txt', 'h', 'Up 5% on the year.', '2025-03-01 09:00:00.000');
                INSERT INTO claim (id, articleId, position, paragraph, sentenceIndex, sentence, spanStart, spanEnd, kind, worthiness)
                VALUES (1, 1, 0, 0, 0, 'Up 5% on the year.', 0, 18, 'trend', 10);
                INSERT INTO quantity (claimId, position, text, spanStart, spanEnd, low, high, unit, normalizedUnit, change, concept, kind)
                VALUES (1, 0, '5%', 3, 5, 5, 5, '%', 'percentage', 'up', '', 'percentage');
                """)
        }
        return path
    }

    @Test func anEarlierVersionsFileIsUpgradedAndMarked() throws {
        let path = try v1File()
        defer { remove(path) }
        let database = try ClaimDatabase(path: path, access: .readOnly)
        #expect(database.upgradedFrom == 1)
        #expect(try database.search("year").map(\.claimId) == [1])
        #expect(try DatabaseQueue(path: path).read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == ClaimDatabase.applicationID)
        #expect(try ClaimDatabase(path: path, access: .readOnly).upgradedFrom == nil, "once")
    }

    @Test func anEmptyFileIsNothingToReadAndANewDatabaseToWrite() throws {
        let path = temporaryPath("empty")
        defer { remove(path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: StoreError.emptyDatabase(path: path)) { try ClaimDatabase(path: path, access: .readOnly) }
        #expect(bytes(path) == Data())
        _ = try stored(in: ClaimDatabase(path: path))
        #expect(try ClaimDatabase(path: path, access: .readOnly).claims().count == 3)
    }

    @Test func connectionsCreatingOneFileAtOnceAllSucceed() throws {
        for _ in 1...3 {
            let path = temporaryPath("race")
            defer { remove(path) }
            let texts = (1...8).map { "Port \($0) handled \($0 * 1000) containers, up \($0)%." }
            let analyses = texts.map { ClaimAnalyzer().analyze($0) }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 8) { k in
                do {
                    _ = try ClaimDatabase(path: path).add(source: "a\(k).txt", text: texts[k], analysis: analyses[k], at: day)
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let database = try ClaimDatabase(path: path, access: .readOnly)
            #expect(try database.articles().count == 8)
            #expect(try database.writer.read { try ClaimDatabase.migrator.appliedMigrations($0) } == ClaimDatabase.migrator.migrations)
        }
    }
}

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func append(_ error: String) { lock.lock(); errors.append(error); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return errors }
}
