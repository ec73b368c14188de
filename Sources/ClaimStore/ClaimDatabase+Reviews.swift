import ClaimModel
import Foundation
import GRDB

extension ClaimDatabase {
    /// Records a review of a claim as a new history row; earlier rows are kept as they were.
    @discardableResult
    public func mark(claim id: Int64, _ input: ReviewInput, at date: Date) throws -> ReviewRecord {
        try write { db in
            guard try ClaimRecord.exists(db, key: id) else { throw StoreError.unknownClaim(id) }
            return try Self.insertReview(claim: id, input, at: date, db)
        }
    }

    /// Records a review unless the claim's latest review already says exactly this (status,
    /// reviewer, note, evidence URL and quote), in one transaction.
    ///
    /// A command whose process was killed, or whose output was lost, after its review was
    /// committed is retried by the user; the retry then finds its own review in force and
    /// stores nothing, instead of doubling the history. A review that repeats an older one
    /// but not the latest (verified, then disputed, then verified again) is stored.
    public func markOnce(claim id: Int64, _ input: ReviewInput, at date: Date) throws -> MarkResult {
        try write { db in
            guard try ClaimRecord.exists(db, key: id) else { throw StoreError.unknownClaim(id) }
            if let latest = try ReviewRecord.filter(ReviewRecord.Columns.claimId == id)
                .order(ReviewRecord.Columns.id.desc).fetchOne(db),
                latest.unknownStatus == nil, latest.status == input.status, latest.reviewer == input.reviewer,
                latest.note == input.note, latest.evidenceURL == input.evidenceURL, latest.evidenceQuote == input.evidenceQuote
            {
                return MarkResult(review: latest, isNew: false)
            }
            return MarkResult(review: try Self.insertReview(claim: id, input, at: date, db), isNew: true)
        }
    }

    private static func insertReview(claim id: Int64, _ input: ReviewInput, at date: Date, _ db: Database) throws -> ReviewRecord {
        var review = ReviewRecord(
            id: nil, claimId: id, status: input.status, reviewer: input.reviewer, note: input.note,
            evidenceURL: input.evidenceURL, evidenceQuote: input.evidenceQuote, createdAt: date)
        try review.insert(db)
        return review
    }
}
