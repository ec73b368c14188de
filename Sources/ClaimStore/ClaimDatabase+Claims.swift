import GRDB

extension ClaimDatabase {
    /// Claims matching `filter`, most check-worthy first, then in reading order.
    public func claims(_ filter: ClaimFilter = ClaimFilter()) throws -> [StoredClaim] {
        try writer.read { db in
            var request = ClaimRecord.all()
            if let articleId = filter.articleId {
                request = request.filter(ClaimRecord.Columns.articleId == articleId)
            }
            if let flag = filter.flag {
                request = request.filter(sql: "id IN (SELECT claimId FROM flag WHERE kind = ?)", arguments: [flag])
            }
            if let speaker = filter.speaker {
                request = request.filter(
                    sql: SearchQuery.speakerCondition(column: "id"), arguments: [try SearchQuery.speakerMatch(speaker)])
            }
            let records = try request
                .order(ClaimRecord.Columns.worthiness.desc, ClaimRecord.Columns.articleId, ClaimRecord.Columns.position)
                .fetchAll(db)
            let claims = try records.map { try Self.load($0, db) }
            guard let status = filter.status else { return claims }
            return claims.filter { $0.status == status }
        }
    }

    /// One claim with its figures, flags, full review history and earlier occurrences.
    public func claim(id: Int64) throws -> StoredClaim {
        try writer.read { db in
            guard let record = try ClaimRecord.fetchOne(db, key: id) else { throw StoreError.unknownClaim(id) }
            return try Self.load(record, db)
        }
    }

    static func load(_ record: ClaimRecord, _ db: Database) throws -> StoredClaim {
        let id = record.id!
        return StoredClaim(
            claim: record,
            quantities: try QuantityRecord.filter(QuantityRecord.Columns.claimId == id)
                .order(QuantityRecord.Columns.position).fetchAll(db),
            flags: try FlagRecord.filter(FlagRecord.Columns.claimId == id).fetchAll(db)
                .sorted { $0.kind != $1.kind ? $0.kind < $1.kind : ($0.id ?? 0) < ($1.id ?? 0) },
            reviews: try ReviewRecord.filter(ReviewRecord.Columns.claimId == id)
                .order(ReviewRecord.Columns.id).fetchAll(db),
            repeats: try repeats(of: id, db))
    }
}
