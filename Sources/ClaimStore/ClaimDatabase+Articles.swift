import ClaimAnalysis
import Foundation
import GRDB

extension ClaimDatabase {
    /// Stores an article and its analysis in one transaction: the article is stored whole
    /// or not at all. An article whose text is already stored is not stored again.
    ///
    /// The cost is linear in the claims and figures (one row each, and one search row per
    /// claim written after its figures), and nothing is analysed inside the transaction, so
    /// the write lock is held only while rows are written: analyse first, then call this.
    public func add(source: String, text: String, analysis: Analysis, at date: Date) throws -> AddResult {
        let hash = ContentHash.sha256Hex(text)
        return try write { db in
            if let existing = try ArticleRecord.filter(ArticleRecord.Columns.contentHash == hash).fetchOne(db) {
                return AddResult(article: existing, isNew: false)
            }
            var article = ArticleRecord(
                id: nil, source: source, title: analysis.document.title, contentHash: hash, text: text, addedAt: date)
            try article.insert(db)
            // One prepared statement per table for every row: an article can hold thousands of
            // claims and a sentence thousands of figures, and the write lock is held while they
            // go in. The columns are the records' own (`QuantityRecord.encode` adds conceptKey).
            let insertClaim = try db.cachedStatement(sql: """
                INSERT INTO claim (articleId, position, paragraph, sentenceIndex, sentence, spanStart, spanEnd, kind, speaker, outlet, hedge, worthiness)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertQuantity = try db.cachedStatement(sql: """
                INSERT INTO quantity (claimId, position, text, spanStart, spanEnd, low, high, unit, normalizedUnit, change, concept, conceptKey, kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertFlag = try db.cachedStatement(sql: "INSERT INTO flag (claimId, kind, text, message, details) VALUES (?, ?, ?, ?, ?)")
            for (position, claim) in analysis.claims.enumerated() {
                var record = ClaimRecord(
                    id: nil, articleId: article.id!, position: position, paragraph: claim.paragraph,
                    sentenceIndex: claim.sentenceIndex, sentence: claim.sentence, spanStart: claim.span.lowerBound,
                    spanEnd: claim.span.upperBound, kind: claim.kind, speaker: claim.attribution.speaker,
                    outlet: claim.attribution.outlet, hedge: claim.attribution.hedge, worthiness: claim.worthiness)
                try insertClaim.execute(arguments: [
                    record.articleId, record.position, record.paragraph, record.sentenceIndex, record.sentence, record.spanStart,
                    record.spanEnd, record.kind, record.speaker, record.outlet, record.hedge, record.worthiness,
                ])
                record.id = db.lastInsertedRowID
                var quantities: [QuantityRecord] = []
                quantities.reserveCapacity(claim.quantities.count)
                for (k, quantity) in claim.quantities.enumerated() {
                    var q = QuantityRecord(quantity, claimId: record.id!, position: k)
                    try insertQuantity.execute(arguments: [
                        q.claimId, q.position, q.text, q.spanStart, q.spanEnd, q.low, q.high, q.unit, q.normalizedUnit,
                        q.change, q.concept, RepeatKey.concept(q.concept), q.kind,
                    ])
                    q.id = db.lastInsertedRowID
                    quantities.append(q)
                }
                for flag in claim.flags {
                    try insertFlag.execute(arguments: [record.id, flag.kind, flag.text, flag.message, flag.details])
                }
                try Self.insertSearchRow(record, quantities: quantities, db)
            }
            return AddResult(article: article, isNew: true)
        }
    }

    /// The article named by `reference`: its id, or the source it was added from.
    public func article(_ reference: String) throws -> ArticleRecord {
        try writer.read { db in
            if let id = Int64(reference), let article = try ArticleRecord.fetchOne(db, key: id) {
                return article
            }
            let matches = try ArticleRecord.filter(ArticleRecord.Columns.source == reference)
                .order(ArticleRecord.Columns.id.desc).fetchAll(db)
            guard let article = matches.first else { throw StoreError.unknownArticle(reference) }
            return article
        }
    }

    public func articles() throws -> [ArticleRecord] {
        try writer.read { db in try ArticleRecord.order(ArticleRecord.Columns.id).fetchAll(db) }
    }
}
