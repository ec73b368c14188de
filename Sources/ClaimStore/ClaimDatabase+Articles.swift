import ClaimModel
import ClaimAnalysis
import Foundation
import GRDB

/// `DeskStore` on SQLite: the store's half of the desk's protocol, written in GRDB.
extension ClaimDatabase: DeskStore {}

extension ClaimDatabase {
    /// Stores several articles in one transaction, each inside its own savepoint, and
    /// returns what became of each, in order.
    ///
    /// One transaction for the batch means one commit (and one fsync) instead of one per
    /// article, and the statements are prepared once for all of them. Each article is still
    /// stored whole or not at all: an error while storing one rolls back its savepoint only,
    /// is its result, and the others go in. A process killed mid-batch commits nothing of it,
    /// so every article is whole or absent then too. An article whose text is already stored
    /// (before, or earlier in the same batch) is not stored again: its result is the stored
    /// article with `isNew` false.
    ///
    /// SQLite may answer an error (a full disk, an I/O error) by rolling back the whole
    /// transaction rather than the statement; the articles stored before it in the batch are
    /// then written again in a new transaction, so that only the failing one is lost. Throws
    /// when the batch as a whole cannot be written (the database is read-only, the lock cannot
    /// be had, the commit fails): nothing of it is stored then.
    public func add(_ articles: [NewArticle], at date: Date) throws -> [Result<AddResult, any Error>] {
        guard !articles.isEmpty else { return [] }
        var results: [Result<AddResult, any Error>?] = Array(repeating: nil, count: articles.count)
        try writeConnection().writeWithoutTransaction { db in
            var queue = Array(articles.indices)
            while !queue.isEmpty {
                // IMMEDIATE takes the write lock now, waiting on the busy timeout, instead of
                // failing at the first insert when another process wrote meanwhile.
                try db.beginTransaction(.immediate)
                var stored: [Int] = []
                var aborted = false
                for (offset, index) in queue.enumerated() {
                    do {
                        try db.inSavepoint {
                            results[index] = .success(try Self.insert(articles[index], at: date, db))
                            return .commit
                        }
                        stored.append(index)
                    } catch {
                        results[index] = .failure(error)
                        if !db.isInsideTransaction {
                            queue = stored + queue[(offset + 1)...]
                            aborted = true
                            break
                        }
                    }
                }
                if aborted { continue }
                do {
                    try db.commit()
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
                queue = []
            }
        }
        return results.map { $0! }
    }

    /// Writes one article's rows, inside the batch's open transaction: the article, then per
    /// claim its row, its figures, its flags and its one search row.
    ///
    /// Every statement is a cached one, prepared once per connection and reused for every
    /// row of every article: an article can hold thousands of claims and a sentence
    /// thousands of figures, and the write lock is held while they go in.
    private static func insert(_ article: NewArticle, at date: Date, _ db: Database) throws -> AddResult {
        let hash = article.text.contentHash
        if let existing = try ArticleRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM article WHERE contentHash = ?"), arguments: [hash])
        {
            return AddResult(article: existing, isNew: false)
        }
        let analysis = article.analysis
        // The text stored is the one the claim spans index; the hash stays the text as read.
        var record = ArticleRecord(
            id: nil, source: article.source, title: analysis.document.title, contentHash: hash, text: analysis.document.text,
            addedAt: date)
        try db.cachedStatement(sql: "INSERT INTO article (source, title, contentHash, text, addedAt) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [record.source, record.title, record.contentHash, record.text, record.addedAt])
        record.id = db.lastInsertedRowID
        let articleId = db.lastInsertedRowID

        // The columns are the records' own (`QuantityRecord.encode` adds conceptKey).
        let insertClaim = try db.cachedStatement(sql: """
            INSERT INTO claim (articleId, position, paragraph, sentenceIndex, sentence, spanStart, spanEnd, kind, speaker, outlet, hedge, worthiness)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertQuantity = try db.cachedStatement(sql: """
            INSERT INTO quantity (claimId, position, text, spanStart, spanEnd, low, high, unit, normalizedUnit, change, concept, conceptKey, kind)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertFlag = try db.cachedStatement(sql: "INSERT INTO flag (claimId, kind, text, message, details) VALUES (?, ?, ?, ?, ?)")
        let insertSearchRow = try db.cachedStatement(sql: searchRowSQL)
        for (position, claim) in analysis.claims.enumerated() {
            try insertClaim.execute(arguments: [
                articleId, position, claim.paragraph, claim.sentenceIndex, claim.sentence, claim.span.lowerBound,
                claim.span.upperBound, claim.kind, claim.attribution.speaker, claim.attribution.outlet, claim.attribution.hedge,
                claim.worthiness,
            ])
            let claimId = db.lastInsertedRowID
            var figures = SearchFigures()
            for (k, quantity) in claim.quantities.enumerated() {
                let q = QuantityRecord(quantity, claimId: claimId, position: k)
                try insertQuantity.execute(arguments: [
                    claimId, k, q.text, q.spanStart, q.spanEnd, q.low, q.high, q.unit, q.normalizedUnit, q.change, q.concept,
                    q.concept.isEmpty ? "" : RepeatKey.concept(q.concept), q.kind,
                ])
                figures.append(q)
            }
            for flag in claim.flags {
                try insertFlag.execute(arguments: [claimId, flag.kind, flag.text, flag.message, flag.details])
            }
            try insertSearchRow.execute(arguments: [
                claimId, claim.sentence, claim.attribution.speaker, claim.attribution.outlet, figures.text,
            ])
        }
        return AddResult(article: record, isNew: true)
    }

    /// The stored article whose text is `text`, if any: lets a batch skip analysing an
    /// unchanged file. `add` still deduplicates on its own, so a race is harmless.
    public func storedArticle(_ text: HashedText) throws -> ArticleRecord? {
        try writer.read { db in
            try ArticleRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM article WHERE contentHash = ?"), arguments: [text.contentHash])
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
