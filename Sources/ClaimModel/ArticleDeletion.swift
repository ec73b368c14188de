import Foundation

/// What deleting an article removed, and what it kept.
public struct ArticleDeletion: Hashable, Sendable {
    /// The article as it was stored.
    public var article: ArticleRecord
    public var claimsDeleted: Int
    /// Reviews of its claims, kept in the audit record (`DeletedReview`).
    public var reviewsKept: Int

    public init(article: ArticleRecord, claimsDeleted: Int, reviewsKept: Int) {
        self.article = article
        self.claimsDeleted = claimsDeleted
        self.reviewsKept = reviewsKept
    }
}

/// A review of a claim whose article was deleted, kept so that the desk's record of who
/// decided what, and when, survives the deletion.
public struct DeletedReview: Hashable, Sendable, Codable {
    public var articleId: Int64
    public var articleSource: String
    public var articleTitle: String?
    public var articleContentHash: String
    /// The claim's place in its article, from 0, and its sentence.
    public var claimPosition: Int
    public var claimSentence: String
    /// The review as it was: its status as stored (known to this version or not).
    public var status: String
    public var reviewer: String?
    public var note: String?
    public var evidenceURL: String?
    public var evidenceQuote: String?
    public var reviewedAt: Date
    public var deletedAt: Date

    public init(
        articleId: Int64, articleSource: String, articleTitle: String?, articleContentHash: String, claimPosition: Int,
        claimSentence: String, status: String, reviewer: String?, note: String?, evidenceURL: String?, evidenceQuote: String?,
        reviewedAt: Date, deletedAt: Date
    ) {
        self.articleId = articleId
        self.articleSource = articleSource
        self.articleTitle = articleTitle
        self.articleContentHash = articleContentHash
        self.claimPosition = claimPosition
        self.claimSentence = claimSentence
        self.status = status
        self.reviewer = reviewer
        self.note = note
        self.evidenceURL = evidenceURL
        self.evidenceQuote = evidenceQuote
        self.reviewedAt = reviewedAt
        self.deletedAt = deletedAt
    }
}

/// An article not deleted because its claims have reviews and deletion was not forced.
public struct DeletionRefused: Error, Hashable, CustomStringConvertible {
    public var article: ArticleRecord
    public var reviews: Int

    public init(article: ArticleRecord, reviews: Int) {
        self.article = article
        self.reviews = reviews
    }

    public var description: String {
        "article \(article.id ?? 0) (\(article.source)) has \(reviews) review\(reviews == 1 ? "" : "s"); nothing was deleted"
    }
}
