import ClaimModel
import GRDB

extension ClaimDatabase {
    /// All articles and all their claims with their latest review (and the history before
    /// it), or one article's when `articleId` is given, read in one transaction. Each claim
    /// is loaded exactly as `claim(id:)` loads it (a page of claims at a time, in a few queries
    /// per page), so exports and listings agree.
    public func snapshot(articleId: Int64?) throws -> ClaimSnapshot {
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
