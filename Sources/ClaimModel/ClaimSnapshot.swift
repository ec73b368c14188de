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
