import Foundation
import GRDB
import TestSupport
import Testing

/// `claimdesk delete ARTICLE`: an article added by mistake goes, reviews stop it unless forced.
@Suite struct DeleteCLITests {
    @Test func deleteRefusesAReviewedArticleUnlessForcedAndLeavesNothingOfIt() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        try ws.copy("Claims/jobs-report.txt")
        #expect(try ws.run(["add", "Claims/sample.txt", "Claims/jobs-report.txt"]).status == 0)
        func count(_ table: String) throws -> Int {
            try DatabaseQueue(path: ws.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
        }
        #expect(try ws.run(["mark", "1", "verified", "--note", "ok"]).status == 0)
        let before = StoreAbuse.bytes(ws.database)

        let refused = try ws.run(["delete", "Claims/sample.txt"])
        #expect(refused.status != 0 && refused.stdout.isEmpty)
        #expect(refused.stderr == "claimdesk: error: article 1 (Claims/sample.txt) has 1 review; nothing was deleted; 'claimdesk delete 1 --force' deletes it and keeps the reviews in the audit record\n")
        #expect(StoreAbuse.bytes(ws.database) == before, "a refusal changes nothing")
        let unknown = try ws.run(["delete", "nowhere.txt"])
        #expect(unknown.status != 0 && unknown.stderr.hasPrefix("claimdesk: error: ") && unknown.stderr.filter { $0 == "\n" }.count == 1)

        let claimsBefore = try count("claim")
        let forced = try ws.run(["delete", "1", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.hasPrefix("Deleted article 1 (Claims/sample.txt): ") && forced.stdout.hasSuffix(" claims, 1 review kept in the audit record.\n"))
        #expect(try count("article") == 1 && count("review") == 0 && count("deletedReview") == 1)
        #expect(try count("claim") < claimsBefore)
        #expect(try count("claim_fts") == count("claim"), "no search rows of the deleted claims")
        #expect(try count("quantity") == DatabaseQueue(path: ws.database.path).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM quantity JOIN claim ON claim.id = quantity.claimId") ?? -1
        })

        let json = try ws.run(["delete", "Claims/jobs-report.txt", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? Int == 2 && object["source"] as? String == "Claims/jobs-report.txt")
        #expect(object["reviews_kept"] as? Int == 0 && (object["claims_deleted"] as? Int ?? 0) > 0)
        #expect(try count("article") == 0 && count("claim") == 0 && count("claim_fts") == 0)
    }
}
