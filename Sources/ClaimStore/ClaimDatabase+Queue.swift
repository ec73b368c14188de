import ClaimModel
import GRDB

extension ClaimDatabase {
    /// Every claim of an article (or of the whole database when `articleId` is nil) with its
    /// current status, in the order `claims` lists them: most check-worthy first, then by
    /// article and reading order. One query, without loading figures, flags or history, so
    /// a review session can number its claims ("3/12") and pick the open ones cheaply.
    public func reviewQueue(articleId: Int64?) throws -> [QueueEntry] {
        try writer.read { db in
            var sql = """
                SELECT claim.id AS id, \(ReviewStatus.currentSQL(claimColumn: "claim.id")) AS status
                FROM claim
                """
            var arguments = StatementArguments()
            if let articleId {
                sql += " WHERE claim.articleId = ?"
                arguments += [articleId]
            }
            sql += " ORDER BY claim.worthiness DESC, claim.articleId, claim.position"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let id = try StoredValues(row: row, table: "claim", owner: "a claim row").value("id", Expected.integer, as: Int64.self)
                let status: String = try StoredValues(row: row, table: "review", owner: "claim \(id)").value("status", Expected.text)
                return QueueEntry(claimId: id, status: ReviewStatus(rawValue: status) ?? .inProgress)
            }
        }
    }

    /// The claims still needing work (unreviewed or in progress), in priority order.
    public func openClaimIDs(articleId: Int64?) throws -> [Int64] {
        try reviewQueue(articleId: articleId).filter { $0.status.isOpen }.map(\.claimId)
    }
}
