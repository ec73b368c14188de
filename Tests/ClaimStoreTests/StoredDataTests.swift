import ClaimAnalysis
import Foundation
import GRDB
import Testing

import ClaimModel
@testable import ClaimStore

/// Reading rows that no ClaimDesk wrote: damaged values are errors naming their claim, bad
/// spans are dropped with a note, and a status this version does not know is in-progress.
@Suite struct StoredDataTests {
    private func tampered(_ sql: String) throws -> ClaimDatabase {
        let (db, _) = try stored()
        try db.writer.write { try $0.execute(sql: sql) }
        return db
    }

    @Test(arguments: [
        ("UPDATE claim SET kind = 'opinion' WHERE id = 2",
         "claim 2 is damaged in the database: column kind (table claim) holds 'opinion', not a claim kind this ClaimDesk knows"),
        ("UPDATE claim SET worthiness = 'high' WHERE id = 1",
         "claim 1 is damaged in the database: column worthiness (table claim) holds 'high', not an integer"),
        ("UPDATE quantity SET high = x'0102' WHERE claimId = 1",
         "claim 1 is damaged in the database: column high (table quantity) holds a 2-byte blob, not a number"),
        ("UPDATE quantity SET change = 'sideways' WHERE claimId = 2",
         "claim 2 is damaged in the database: column change (table quantity) holds 'sideways', not a change cue this ClaimDesk knows"),
        ("UPDATE flag SET message = x'ff' WHERE claimId = 3",
         "claim 3 is damaged in the database: column message (table flag) holds a 1-byte blob, not text"),
        ("INSERT INTO review (claimId, status, createdAt) VALUES (2, 'verified', 'soon')",
         "claim 2 is damaged in the database: column createdAt (table review) holds 'soon', not a date"),
    ])
    func aValueThatDoesNotConvertNamesItsClaim(sql: String, message: String) throws {
        let db = try tampered(sql)
        #expect { try db.claims() } throws: { "\($0)" == message }
        #expect { try db.snapshot() } throws: { "\($0)" == message }
        // Other claims still load one by one.
        let sound = try #require((1...3).first { !message.hasPrefix("claim \($0) ") })
        _ = try db.claim(id: Int64(sound))
    }

    @Test func aDamagedArticleNamesTheArticle() throws {
        let db = try tampered("UPDATE article SET contentHash = x'ff'")
        #expect { try db.articles() } throws: {
            "\($0)" == "article 1 is damaged in the database: column contentHash (table article) holds a 1-byte blob, not text"
        }
    }

    @Test func aMissingColumnIsDamageToo() throws {
        let db = try tampered("ALTER TABLE flag DROP COLUMN details")
        #expect { try db.claims() } throws: { "\($0)".hasSuffix("is damaged in the database: table flag has no column details") }
    }

    @Test func spansThatDoNotFitAreDroppedAndTheFigureKept() throws {
        let (db, _) = try stored()
        let share = try #require(try db.claims().first { $0.quantities.contains { $0.text == "62%" } })
        let figure = try #require(share.quantities.first)
        #expect(figure.hasSpan && share.damage.isEmpty)
        for (start, end) in [(30, 10), (-4, 2), (5, 10_000)] {
            try db.writer.write { try $0.execute(sql: "UPDATE quantity SET spanStart = ?, spanEnd = ? WHERE id = ?", arguments: [start, end, figure.id]) }
            let read = try db.claim(id: share.id)
            let kept = try #require(read.quantities.first)
            #expect(kept.text == "62%" && kept.low == 62, "the figure is kept")
            #expect(kept.spanStart == 0 && kept.spanEnd == 0 && !kept.hasSpan)
            #expect(read.damage == [
                "the figure '62%' has the span \(start)..<\(end), outside the \(share.claim.sentence.utf8.count)-byte sentence; it is shown without a position"
            ])
            // Anything that builds a range from the span now can.
            _ = read.quantities.map { $0.spanStart..<$0.spanEnd }
        }
        try db.writer.write { try $0.execute(sql: "UPDATE claim SET spanStart = 90, spanEnd = 3 WHERE id = ?", arguments: [share.id]) }
        let claim = try db.claim(id: share.id)
        #expect(claim.claim.spanStart == 0 && claim.claim.spanEnd == 0)
        #expect(claim.damage.first == "its span in the article, 90..<3, is not a span; it was dropped")
    }

    @Test func aStatusThisVersionDoesNotKnowIsInProgress() throws {
        let db = try tampered(
            "INSERT INTO review (claimId, status, reviewer, createdAt) VALUES (2, 'retracted', 'newer', '2026-01-01 00:00:00.000')")
        let claim = try db.claim(id: 2)
        #expect(claim.status == .inProgress)
        #expect(claim.latestReview?.unknownStatus == "retracted")
        #expect(claim.status.isOpen)
        #expect(try db.claims(ClaimFilter(status: .inProgress)).map(\.id) == [2])
        #expect(try db.search("dollar", filter: ClaimFilter(status: .inProgress)).map(\.claimId) == [2])
        #expect(try db.openClaimIDs().contains(2))
        #expect(try db.reviewQueue().first { $0.claimId == 2 }?.status == .inProgress)
        let status = try db.status()
        #expect(status.count(.inProgress) == 1)
        #expect(status.unknownStatuses == [WorkspaceStatus.UnknownStatusCount(status: "retracted", count: 1)])
        // A later verdict this version knows is simply the status again.
        try db.mark(claim: 2, ReviewInput(status: .verified), at: day)
        #expect(try db.claim(id: 2).status == .verified)
        #expect(try db.status().unknownStatuses.isEmpty)
    }

    @Test func statusCountsNameADamagedClaimInsteadOfStopping() throws {
        let db = try tampered("INSERT INTO review (claimId, status, createdAt) VALUES (3, x'ff', '2026-01-01 00:00:00.000')")
        #expect { try db.status() } throws: {
            "\($0)" == "claim 3 is damaged in the database: column status (table review) holds a 1-byte blob, not text"
        }
    }
}
