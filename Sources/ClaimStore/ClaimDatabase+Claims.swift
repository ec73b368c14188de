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

    /// A claim with its figures, flags, history and repeats. A row that does not decode
    /// throws `StoreError.damaged` naming the claim; spans that do not fit are dropped and
    /// noted in `damage` (see `checkedSpans`), so that one bad offset never stops a report.
    static func load(_ record: ClaimRecord, _ db: Database) throws -> StoredClaim {
        let id = record.id!
        var damage: [String] = []
        var claim = record
        if claim.spanStart < 0 || claim.spanEnd < claim.spanStart {
            damage.append("its span in the article, \(claim.spanStart)..<\(claim.spanEnd), is not a span; it was dropped")
            claim.spanStart = 0
            claim.spanEnd = 0
        }
        // Cached statements: a listing loads thousands of claims, and building and preparing
        // each request anew cost more than running it.
        let quantities = checkedSpans(
            try QuantityRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM quantity WHERE claimId = ? ORDER BY position"), arguments: [id]),
            in: claim.sentence, damage: &damage)
        return StoredClaim(
            claim: claim,
            quantities: quantities,
            flags: try FlagRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM flag WHERE claimId = ?"), arguments: [id])
                .sorted { $0.kind != $1.kind ? $0.kind < $1.kind : ($0.id ?? 0) < ($1.id ?? 0) },
            reviews: try ReviewRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM review WHERE claimId = ? ORDER BY id"), arguments: [id]),
            repeats: try repeats(of: claim, quantities: quantities, db),
            damage: damage)
    }

    /// The figures with every span checked against the sentence: a span must run forwards
    /// within the sentence's UTF-8 bytes. One that does not (a damaged or hand-edited row;
    /// Swift traps on a backwards `Range`) is dropped to the empty span 0..<0 and noted,
    /// keeping the figure, so listings and reports still show it, without a highlight.
    static func checkedSpans(_ quantities: [QuantityRecord], in sentence: String, damage: inout [String]) -> [QuantityRecord] {
        let length = sentence.utf8.count
        return quantities.map { q in
            guard q.spanStart < 0 || q.spanEnd < q.spanStart || q.spanEnd > length else { return q }
            var fixed = q
            damage.append(
                "the figure '\(q.text)' has the span \(q.spanStart)..<\(q.spanEnd), outside the \(length)-byte sentence; it is shown without a position")
            fixed.spanStart = 0
            fixed.spanEnd = 0
            return fixed
        }
    }
}
