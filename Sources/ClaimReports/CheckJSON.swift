import ClaimModel

/// `check --json`: the article, whether it was new, its claims and where the report went.
public struct CheckJSON: Encodable {
    public struct Article: Encodable {
        public var id: Int64
        public var source: String
        public var title: String?
        public var content_hash: String
    }
    public var article: Article
    public var is_new: Bool
    public var claims: [ClaimJSON]
    public var report: String?

    public init(article: ArticleRecord, isNew: Bool, claims: [StoredClaim], report: String?) {
        self.article = Article(id: article.id!, source: article.source, title: article.title, content_hash: article.contentHash)
        is_new = isNew
        self.claims = claims.map(ClaimJSON.init)
        self.report = report
    }
}
