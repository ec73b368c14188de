import ClaimModel
import GRDB

extension ClaimDatabase {
    /// Claims matching `filter`, most check-worthy first, then in reading order.
    public func claims(_ filter: ClaimFilter) throws -> [StoredClaim] {
        try writer.read { db in
            var request = ClaimRecord.all()
            if let articleId = filter.articleId {
                request = request.filter(ClaimRecord.Columns.articleId == articleId)
            }
            if let flag = filter.flag {
                request = request.filter(sql: "id IN (SELECT claimId FROM flag WHERE kind = ?)", arguments: [flag.rawValue])
            }
            if let speaker = filter.speaker {
                request = request.filter(
                    sql: SearchQuery.speakerCondition(column: "id"), arguments: [try SearchQuery.speakerMatch(speaker)])
            }
            if let status = filter.status {
                // The status a loaded claim would have (`StoredClaim.status`), so that only the
                // claims listed are loaded.
                request = request.filter(sql: "\(ReviewStatus.currentSQL(claimColumn: "claim.id")) = ?", arguments: [status.rawValue])
            }
            let records = try request
                .order(ClaimRecord.Columns.worthiness.desc, ClaimRecord.Columns.articleId, ClaimRecord.Columns.position)
                .fetchAll(db)
            return try Self.load(records, db)
        }
    }

    /// One claim with its figures, flags, full review history and earlier occurrences.
    public func claim(id: Int64) throws -> StoredClaim {
        try writer.read { db in
            guard let record = try ClaimRecord.fetchOne(db, key: id) else { throw StoreError.unknownClaim(id) }
            return try Self.load([record], db)[0]
        }
    }
}
