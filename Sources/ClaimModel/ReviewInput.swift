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

/// What `ClaimDatabase.markOnce` did.
public struct MarkResult: Hashable, Sendable {
    /// The review now in force: the one just stored, or the identical one already there.
    public var review: ReviewRecord
    /// False when the claim's latest review was already this one and nothing was stored.
    public var isNew: Bool

    public init(review: ReviewRecord, isNew: Bool) {
        self.review = review
        self.isNew = isNew
    }
}
