import Foundation
import GRDB

/// What a reviewer decided about a claim, before it is stored.
public struct ReviewInput: Hashable, Sendable {
    public var status: ReviewStatus
    public var reviewer: String?
    public var note: String?
    public var evidenceURL: String?
    public var evidenceQuote: String?

    public init(status: ReviewStatus, reviewer: String? = nil, note: String? = nil, evidenceURL: String? = nil, evidenceQuote: String? = nil) {
        self.status = status
        self.reviewer = reviewer
        self.note = note
        self.evidenceURL = evidenceURL
        self.evidenceQuote = evidenceQuote
    }
}

extension ClaimDatabase {
    /// Records a review of a claim as a new history row; earlier rows are kept as they were.
    @discardableResult
    public func mark(claim id: Int64, _ input: ReviewInput, at date: Date) throws -> ReviewRecord {
        try write { db in
            guard try ClaimRecord.exists(db, key: id) else { throw StoreError.unknownClaim(id) }
            var review = ReviewRecord(
                id: nil, claimId: id, status: input.status, reviewer: input.reviewer, note: input.note,
                evidenceURL: input.evidenceURL, evidenceQuote: input.evidenceQuote, createdAt: date)
            try review.insert(db)
            return review
        }
    }
}
