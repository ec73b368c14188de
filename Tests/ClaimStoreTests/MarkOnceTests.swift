import Foundation
import GRDB
import Testing

import ClaimModel
@testable import ClaimStore

/// `markOnce`: a retried mark does not double the history.
@Suite struct MarkOnceTests {
    private func reviews(_ db: ClaimDatabase, _ claim: Int64) throws -> Int {
        try db.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM review WHERE claimId = ?", arguments: [claim]) ?? -1 }
    }

    @Test func theSameReviewAgainStoresNothing() throws {
        let (db, _) = try stored()
        let input = ReviewInput(status: .verified, reviewer: "ana", note: "matches", evidenceURL: "https://example.org/a", evidenceQuote: "62")
        let first = try db.markOnce(claim: 1, input, at: day)
        #expect(first.isNew)
        let retry = try db.markOnce(claim: 1, input, at: day.addingTimeInterval(3600))
        #expect(!retry.isNew)
        #expect(retry.review == first.review, "the review in force is the first one, with its time")
        #expect(try reviews(db, 1) == 1)
    }

    @Test(arguments: [
        ReviewInput(status: .disputed, reviewer: "ana", note: "matches"),
        ReviewInput(status: .verified, reviewer: "ben", note: "matches"),
        ReviewInput(status: .verified, reviewer: "ana", note: "matches the minutes"),
        ReviewInput(status: .verified, reviewer: "ana", note: "matches", evidenceURL: "https://example.org/b"),
        ReviewInput(status: .verified, reviewer: "ana", note: "matches", evidenceQuote: "62 per cent"),
        ReviewInput(status: .verified, reviewer: "ana"),
    ])
    func anyDifferenceIsANewReview(other: ReviewInput) throws {
        let (db, _) = try stored()
        _ = try db.markOnce(claim: 1, ReviewInput(status: .verified, reviewer: "ana", note: "matches"), at: day)
        #expect(try db.markOnce(claim: 1, other, at: day).isNew)
        #expect(try reviews(db, 1) == 2)
    }

    @Test func onlyTheLatestReviewCounts() throws {
        let (db, _) = try stored()
        let verified = ReviewInput(status: .verified, reviewer: "ana")
        _ = try db.markOnce(claim: 1, verified, at: day)
        _ = try db.markOnce(claim: 1, ReviewInput(status: .disputed, reviewer: "ben"), at: day)
        #expect(try db.markOnce(claim: 1, verified, at: day).isNew, "verified again after a dispute is history")
        #expect(try db.claim(id: 1).reviews.map(\.status) == [.verified, .disputed, .verified])
    }

    @Test func anUnknownClaimIsAnErrorAndStoresNothing() throws {
        let (db, _) = try stored()
        let before = try dump(db)
        #expect(throws: StoreError.unknownClaim(99)) { try db.markOnce(claim: 99, ReviewInput(status: .verified), at: day) }
        #expect(try dump(db) == before)
    }
}
