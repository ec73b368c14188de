import Foundation
import GRDB
import TestSupport
import Testing

/// A mark whose review was saved never reports failure, and doing it again adds nothing.
@Suite struct MarkRetryCLITests {
    @Test func aMarkThatWasSavedNeverFailsAndARetryAddsNothing() throws {
        let ws = try StoreAbuse.sample()
        // Claim #5 cannot be shown (a damaged flag), though it can be marked.
        try StoreAbuse.tamper(ws, "UPDATE flag SET kind = 'no-unit' WHERE id = (SELECT MIN(id) FROM flag WHERE claimId = 5)")
        let first = try ws.run(["mark", "5", "false", "--note", "wrong year"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "claimdesk: warning: the review was saved, but the claim cannot be shown: claim 5 is damaged in the database: column kind (table flag) holds 'no-unit', not a flag kind this ClaimDesk knows\n")
        #expect(first.stdout == "Claim #5 marked false by tester.\n")
        // The user retries anyway, as after a killed process: the history does not double.
        let retry = try ws.run(["mark", "5", "false", "--note", "wrong year"])
        #expect(retry.status == 0)
        #expect(retry.stdout == "Claim #5 already has this review; nothing was added.\n")
        let rows = try DatabaseQueue(path: ws.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM review WHERE claimId = 5") }
        #expect(rows == 1)
        // On a sound claim too; a different review is a new row.
        #expect(try ws.run(["mark", "2", "verified"]).stdout == "Claim #2 marked verified by tester (review 1 in its history).\n")
        #expect(try ws.run(["mark", "2", "verified"]).stdout == "Claim #2 already has this review (review 1 in its history); nothing was added.\n")
        #expect(try ws.run(["mark", "2", "disputed"]).stdout == "Claim #2 marked disputed by tester (review 2 in its history).\n")
        let json = try ws.run(["mark", "5", "verified", "--json"])
        #expect(json.status == 0)
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(saved["id"] as? Int == 5 && saved["is_new"] as? Bool == true)
        #expect((saved["review"] as? [String: Any])?["status"] as? String == "verified")
    }

    @Test func markingAClaimWithADroppedSpanSaysSo() throws {
        let ws = try StoreAbuse.sample()
        let text = try DatabaseQueue(path: ws.database.path).read { db in
            try String.fetchOne(db, sql: "SELECT text FROM quantity WHERE claimId = 2 ORDER BY position LIMIT 1")
        }
        try StoreAbuse.tamper(ws, "UPDATE quantity SET spanStart = 30, spanEnd = 10 WHERE id = (SELECT MIN(id) FROM quantity WHERE claimId = 2)")
        let mark = try ws.run(["mark", "2", "in-progress"])
        #expect(mark.status == 0)
        #expect(mark.stderr.hasPrefix("claimdesk: warning: claim 2: the figure '\(text ?? "")' has the span 30..<10, outside the "), "\(mark.stderr)")
        #expect(mark.stdout == "Claim #2 marked in-progress by tester (review 1 in its history).\n")
    }
}
