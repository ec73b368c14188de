import ClaimModel
import Foundation
import GRDB

extension ClaimDatabase {
    /// Deletes article `id`, its claims and everything of them, in one transaction.
    ///
    /// Claims, figures, flags and reviews go by the schema's cascades and the search rows by
    /// its triggers, so nothing of the article is left. An article with reviewed claims
    /// throws `DeletionRefused` and changes nothing, unless `force`: then every review is
    /// first copied into the audit record (`deletedReview`). Throws `StoreError.unknownArticle`
    /// when there is no such article.
    public func deleteArticle(_ id: Int64, force: Bool, at date: Date) throws -> ArticleDeletion {
        try write { db in
            guard let article = try ArticleRecord.fetchOne(db, key: id) else { throw StoreError.unknownArticle("\(id)") }
            let claims = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim WHERE articleId = ?", arguments: [id]) ?? 0
            let reviews = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM review JOIN claim ON claim.id = review.claimId WHERE claim.articleId = ?",
                arguments: [id]) ?? 0
            if reviews > 0 && !force { throw DeletionRefused(article: article, reviews: reviews) }
            try db.execute(
                sql: """
                    INSERT INTO deletedReview (articleId, articleSource, articleTitle, articleContentHash, claimPosition,
                        claimSentence, status, reviewer, note, evidenceURL, evidenceQuote, reviewedAt, deletedAt)
                    SELECT article.id, article.source, article.title, article.contentHash, claim.position, claim.sentence,
                        review.status, review.reviewer, review.note, review.evidenceURL, review.evidenceQuote, review.createdAt, ?
                    FROM review JOIN claim ON claim.id = review.claimId JOIN article ON article.id = claim.articleId
                    WHERE article.id = ? ORDER BY review.id
                    """,
                arguments: [date, id])
            try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
            return ArticleDeletion(article: article, claimsDeleted: claims, reviewsKept: reviews)
        }
    }

    /// The audit record, oldest first.
    public func deletedReviews() throws -> [DeletedReview] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM deletedReview ORDER BY id").map { row in
                let v = StoredValues(row: row, table: "deletedReview", owner: "an audit row")
                return DeletedReview(
                    articleId: try v.value("articleId", Expected.integer), articleSource: try v.value("articleSource", Expected.text),
                    articleTitle: try v.optional("articleTitle", Expected.text),
                    articleContentHash: try v.value("articleContentHash", Expected.text),
                    claimPosition: try v.value("claimPosition", Expected.integer),
                    claimSentence: try v.value("claimSentence", Expected.text), status: try v.value("status", Expected.text),
                    reviewer: try v.optional("reviewer", Expected.text), note: try v.optional("note", Expected.text),
                    evidenceURL: try v.optional("evidenceURL", Expected.text),
                    evidenceQuote: try v.optional("evidenceQuote", Expected.text),
                    reviewedAt: try v.value("reviewedAt", Expected.date), deletedAt: try v.value("deletedAt", Expected.date))
            }
        }
    }
}
