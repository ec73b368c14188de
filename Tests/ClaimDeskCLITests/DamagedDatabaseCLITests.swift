import Foundation
import GRDB
import TestSupport
import Testing

/// A database with rows no ClaimDesk wrote (damage, hand edits, a newer version's values):
/// every command either works or says in one line which claim is damaged, never crashes, and
/// a bad figure span costs the highlight, not the report.
@Suite struct DamagedDatabaseCLITests {
    /// Values SQLite accepts in any column, which no ClaimDesk ever wrote there.
    static let damage: [(sql: String, owner: String, column: String)] = [
        // A kind no ClaimDesk has (text columns keep numbers as text, so damage is text or a blob).
        ("UPDATE claim SET kind = 'opinion' WHERE id = 2", "claim 2", "column kind (table claim) holds 'opinion', not a claim kind"),
        ("UPDATE claim SET sentence = x'00ff' WHERE id = 4", "claim 4", "column sentence (table claim) holds a 2-byte blob"),
        ("UPDATE quantity SET low = 'many' WHERE claimId = 3", "claim 3", "column low (table quantity) holds 'many'"),
        ("UPDATE flag SET kind = x'05' WHERE id = (SELECT MIN(id) FROM flag WHERE claimId = 5)", "claim 5", "column kind (table flag) holds a 1-byte blob"),
        ("INSERT INTO review (claimId, status, createdAt) VALUES (6, x'ff', '2026-01-01 00:00:00.000')", "claim 6", "column status (table review) holds a 1-byte blob"),
        ("INSERT INTO review (claimId, status, createdAt) VALUES (7, 'verified', 'last week')", "claim 7", "column createdAt (table review) holds 'last week'"),
        ("UPDATE article SET addedAt = 'yesterday'", "article 1", "column addedAt (table article) holds 'yesterday'"),
    ]

    @Test(arguments: damage.indices)
    func aDamagedRowIsAOneLineErrorNamingItsClaim(index: Int) throws {
        let c = Self.damage[index]
        let ws = try StoreAbuse.sample()
        try StoreAbuse.tamper(ws, c.sql)
        let before = StoreAbuse.bytes(ws.database)
        for arguments in StoreAbuse.readingCommands {
            let result = try ws.run(arguments, input: Array("q\n".utf8))
            // A command that never reads the damaged value works; one that does says which
            // claim is damaged and how. None crashes.
            if result.status != 0 {
                StoreAbuse.expectOneLineError(result, containing: "\(c.owner) is damaged in the database: \(c.column)", "\(arguments)")
            }
        }
        // The listings read every claim, so they must have found it.
        for arguments in [["claims"], ["export"], ["report", "--all", "-o", "Out"]] where c.owner.hasPrefix("claim") {
            StoreAbuse.expectOneLineError(try ws.run(arguments), containing: "\(c.owner) is damaged in the database", "\(arguments)")
        }
        #expect(StoreAbuse.bytes(ws.database) == before, "reading a damaged database wrote to it")
    }

    @Test func aBackwardsSpanIsDroppedAndTheFigureKept() throws {
        let ws = try StoreAbuse.sample()
        let (claimId, text) = try DatabaseQueue(path: ws.database.path).read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT claimId, text FROM quantity ORDER BY id LIMIT 1"))
            return (row["claimId"] as Int64, row["text"] as String)
        }
        try StoreAbuse.tamper(ws, "UPDATE quantity SET spanStart = 30, spanEnd = 10 WHERE id = 1")
        try StoreAbuse.tamper(ws, "UPDATE quantity SET spanStart = 5, spanEnd = 100000 WHERE id = 2")
        let report = try ws.run(["report", "--all", "-o", "Out"])
        #expect(report.status == 0, "\(report.stderr)")
        let checklist = try String(contentsOf: ws.url.appendingPathComponent("Out/sample.md"), encoding: .utf8)
        #expect(checklist.contains("#\(claimId)"))
        #expect(FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("Out/index.md").path))
        for arguments in [["claims"], ["show", "\(claimId)"], ["export", "--format", "csv"], ["review"]] {
            let result = try ws.run(arguments, input: Array("q\n".utf8))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let shown = try ws.run(["show", "\(claimId)", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let figure = try #require((json["quantities"] as? [[String: Any]])?.first)
        #expect(figure["text"] as? String == text, "the figure is kept")
        #expect(figure["start"] as? Int == 0 && figure["end"] as? Int == 0, "its span is dropped: \(figure)")
    }

    @Test func aStatusThisVersionDoesNotKnowStopsNoListing() throws {
        let ws = try StoreAbuse.sample()
        try StoreAbuse.tamper(ws, "INSERT INTO review (claimId, status, reviewer, createdAt) VALUES (2, 'retracted', 'newer', '2026-01-01 00:00:00.000')")
        for arguments in StoreAbuse.readingCommands + [["claims", "--status", "in-progress"], ["search", "harbour", "--status", "in-progress"]] {
            let result = try ws.run(arguments, input: Array("q\n".utf8))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        // Counted as in-progress: open, not ticked, not published.
        let open = try ws.run(["claims", "--status", "in-progress", "--json"])
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as? [[String: Any]]).compactMap { $0["id"] as? Int }
        #expect(ids == [2])
        let status = try ws.run(["status"])
        #expect(status.stdout.contains("Counted as in-progress: statuses this ClaimDesk does not know: 'retracted' (1)."), "\(status.stdout)")
        let published = try ws.run(["export", "--format", "claimreview"])
        #expect(!published.stdout.contains("retracted"))
    }
}
