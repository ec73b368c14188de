import GRDB

/// Everything the exports and the index report read, taken in one read transaction so
/// that articles, claims and reviews agree with each other even while someone marks claims.
public struct ClaimSnapshot: Hashable, Sendable {
    /// Oldest first (by id).
    public var articles: [ArticleRecord]
    /// By article, then reading order. Each carries its figures, flags and full review
    /// history; `latestReview` is the verdict in force.
    public var claims: [StoredClaim]

    public init(articles: [ArticleRecord], claims: [StoredClaim]) {
        self.articles = articles
        self.claims = claims
    }

    /// The claims of one article, in reading order.
    public func claims(of articleId: Int64) -> [StoredClaim] {
        claims.filter { $0.claim.articleId == articleId }
    }

    /// Articles by id, for rows and entries that name the article of a claim.
    public var articlesById: [Int64: ArticleRecord] {
        Dictionary(articles.compactMap { a in a.id.map { ($0, a) } }, uniquingKeysWith: { first, _ in first })
    }
}

extension ClaimDatabase {
    /// All articles and all their claims with their latest review (and the history before
    /// it), or one article's when `articleId` is given, read in one transaction. Each claim
    /// is loaded exactly as `claim(id:)` loads it (a page of claims at a time, in a few queries
    /// per page), so exports and listings agree.
    public func snapshot(articleId: Int64? = nil) throws -> ClaimSnapshot {
        try writer.read { db in
            var articleRequest = ArticleRecord.order(ArticleRecord.Columns.id)
            var claimRequest = ClaimRecord.order(ClaimRecord.Columns.articleId, ClaimRecord.Columns.position)
            if let articleId {
                articleRequest = articleRequest.filter(ArticleRecord.Columns.id == articleId)
                claimRequest = claimRequest.filter(ClaimRecord.Columns.articleId == articleId)
            }
            let articles = try articleRequest.fetchAll(db)
            let claims = try Self.load(try claimRequest.fetchAll(db), db)
            return ClaimSnapshot(articles: articles, claims: claims)
        }
    }
}
