import Foundation
import GRDB
import TestSupport
import Testing

import ClaimModel
@testable import ClaimStore

/// Only ClaimDesk's own databases are opened, and only schemas this version knows: another
/// application's file or a newer ClaimDesk's is refused and left byte for byte as it was, and
/// reading commands never write to a current file or change its journal mode.
@Suite struct WorkspaceFileCLITests {
    /// SQLite files of other applications, and files that are not SQLite at all.
    private func foreignFiles(_ ws: borrowing Workspace) throws -> [(name: String, reason: String)] {
        func make(_ name: String, _ sql: String) throws {
            let queue = try DatabaseQueue(path: ws.url.appendingPathComponent(name).path)
            try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
        }
        try make("notes.sqlite", "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('buy milk')")
        try make("wal.sqlite", "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        try make("marked.sqlite", "PRAGMA application_id = 305419896; CREATE TABLE t (x)")
        var other = DatabaseMigrator()
        other.registerMigration("v1: users") { try $0.execute(sql: "CREATE TABLE user (id INTEGER PRIMARY KEY)") }
        try other.migrate(DatabaseQueue(path: ws.url.appendingPathComponent("grdb-app.sqlite").path))
        try ws.write("notes.txt", Array(String(repeating: "Not a database at all. ", count: 50).utf8))
        return [
            ("notes.sqlite", "another application's tables"), ("wal.sqlite", "another application's tables"),
            ("marked.sqlite", "SQLite application_id 0x12345678"), ("grdb-app.sqlite", "another application's tables"),
            ("notes.txt", "not an SQLite file"),
        ]
    }

    @Test func anotherApplicationsFileIsRefusedUntouched() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        for (name, reason) in try foreignFiles(ws) {
            let file = ws.url.appendingPathComponent(name)
            let before = StoreAbuse.bytes(file)
            #expect(StoreAbuse.sidecars(file).isEmpty)
            for arguments in StoreAbuse.everyCommand {
                let result = try ws.run(arguments + ["--db", name], input: Array("q\n".utf8))
                StoreAbuse.expectOneLineError(
                    result, containing: "cannot open database '\(name)': it is not a ClaimDesk database (\(reason)", "\(name) \(arguments)")
                #expect(StoreAbuse.bytes(file) == before, "\(name) \(arguments) changed the file")
                #expect(StoreAbuse.sidecars(file).isEmpty, "\(name) \(arguments) left \(StoreAbuse.sidecars(file))")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("Out").path))
    }

    @Test(arguments: [
        ("INSERT INTO grdb_migrations VALUES ('v40: speakers'); PRAGMA user_version = 40; ALTER TABLE claim RENAME COLUMN speaker TO speakerName", 40),
        ("PRAGMA user_version = 70", 70),
        ("INSERT INTO grdb_migrations VALUES ('v40: speakers')", ClaimDatabase.schemaVersion + 1),
    ])
    func aNewerClaimDesksFileIsRefused(sql: String, schema: Int) throws {
        let ws = try StoreAbuse.sample()
        try StoreAbuse.tamper(ws, sql)
        let before = StoreAbuse.bytes(ws.database)
        for arguments in StoreAbuse.everyCommand {
            let result = try ws.run(arguments, input: Array("q\n".utf8))
            StoreAbuse.expectOneLineError(
                result, containing: "it was made by a newer ClaimDesk (schema \(schema); this one knows up to schema \(ClaimDatabase.schemaVersion)); upgrade ClaimDesk",
                "\(arguments)")
        }
        #expect(StoreAbuse.bytes(ws.database) == before)
    }

    @Test func readingCommandsNeitherWriteNorChangeTheJournalMode() throws {
        let ws = try StoreAbuse.sample()
        // The workspace's own file, in the rollback journal someone switched it to.
        try DatabaseQueue(path: ws.database.path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        let before = StoreAbuse.bytes(ws.database)
        for arguments in StoreAbuse.readingCommands {
            let result = try ws.run(arguments, input: Array("q\n".utf8))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(StoreAbuse.bytes(ws.database) == before, "\(arguments) wrote to the database")
            #expect(StoreAbuse.sidecars(ws.database).isEmpty, "\(arguments) left \(StoreAbuse.sidecars(ws.database))")
        }
        let mode = try DatabaseQueue(path: ws.database.path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "delete")
        // A command that writes still may, and switches it back to WAL.
        #expect(try ws.run(["mark", "2", "verified"]).status == 0)
        #expect(try DatabaseQueue(path: ws.database.path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    /// A database as ClaimDesk 0.2 (schema v2, before application ids) left it.
    private func v2Workspace() throws -> Workspace {
        let ws = try Workspace()
        let queue = try DatabaseQueue(path: ws.database.path)
        try ClaimDatabase.migrator.migrate(queue, upTo: ClaimDatabase.v2)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO article (id, source, title, contentHash, text, addedAt)
                VALUES (1, 'old.txt', NULL, 'hash-of-old-text', 'Freight pays for 62% of the port''s costs, Okafor said.', '2025-03-01 09:00:00.000');
                INSERT INTO claim (id, articleId, position, paragraph, sentenceIndex, sentence, spanStart, spanEnd, kind, speaker, outlet, hedge, worthiness)
                VALUES (1, 1, 0, 0, 0, 'Freight pays for 62% of the port''s costs, Okafor said.', 0, 56, 'statistic', 'Okafor', NULL, NULL, 100);
                INSERT INTO quantity (id, claimId, position, text, spanStart, spanEnd, low, high, unit, normalizedUnit, change, concept, kind)
                VALUES (1, 1, 0, '62%', 17, 20, 62, 62, '%', 'percentage', '=', 'port''s costs', 'percentage');
                INSERT INTO review (id, claimId, status, reviewer, note, evidenceURL, evidenceQuote, createdAt)
                VALUES (1, 1, 'verified', 'ben', NULL, NULL, NULL, '2025-03-02 10:00:00.000');
                """)
        }
        return ws
    }

    @Test func anEarlierClaimDesksFileIsUpgradedOnceAndMarked() throws {
        let ws = try v2Workspace()
        let first = try ws.run(["claims"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "claimdesk: note: upgraded 'claimdesk.sqlite' from schema 2 to \(ClaimDatabase.schemaVersion) (it was made by an earlier ClaimDesk); claims and reviews are kept\n")
        #expect(first.stdout.contains("62%"))
        let (applicationID, userVersion) = try DatabaseQueue(path: ws.database.path).read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(applicationID == 0x434C_4D44, "CLMD")
        #expect(userVersion == ClaimDatabase.schemaVersion)
        // Now current: reading again writes nothing and says nothing.
        let before = StoreAbuse.bytes(ws.database)
        let again = try ws.run(["search", "okafor"])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.stdout.contains("Freight pays"))
        #expect(StoreAbuse.bytes(ws.database) == before)
        // The earlier verdict is what a new article's repeat links to.
        try ws.write("new.txt", Array("Freight pays for 62% of the Port's costs, the Ledger said.".utf8))
        let check = try ws.run(["check", "new.txt", "--no-report"])
        #expect(check.stdout.contains("repeat of #1 (verified)"), "\(check.stdout)")
    }

    @Test func anEmptyFileBecomesAWorkspaceWhenWrittenAndIsNoneToRead() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        try ws.write("claimdesk.sqlite", [])
        let read = try ws.run(["claims"])
        StoreAbuse.expectOneLineError(read, containing: "'claimdesk.sqlite' holds no claims yet", "claims")
        #expect(StoreAbuse.bytes(ws.database) == Data())
        #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
        #expect(try StoreAbuse.count(ws, "claim") > 0)
    }
}
