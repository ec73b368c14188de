import ClaimAnalysis
import Foundation
import GRDB

extension ClaimDatabase {
    /// Stores an article and its analysis in one transaction: the article is stored whole
    /// or not at all. An article whose text is already stored is not stored again.
    public func add(source: String, text: String, analysis: Analysis, at date: Date) throws -> AddResult {
        let hash = ContentHash.sha256Hex(text)
        return try writer.write { db in
            if let existing = try ArticleRecord.filter(ArticleRecord.Columns.contentHash == hash).fetchOne(db) {
                return AddResult(article: existing, isNew: false)
            }
            var article = ArticleRecord(
                id: nil, source: source, title: analysis.document.title, contentHash: hash, text: text, addedAt: date)
            try article.insert(db)
            for (position, claim) in analysis.claims.enumerated() {
                var record = ClaimRecord(
                    id: nil, articleId: article.id!, position: position, paragraph: claim.paragraph,
                    sentenceIndex: claim.sentenceIndex, sentence: claim.sentence, spanStart: claim.span.lowerBound,
                    spanEnd: claim.span.upperBound, kind: claim.kind, speaker: claim.attribution.speaker,
                    outlet: claim.attribution.outlet, hedge: claim.attribution.hedge, worthiness: claim.worthiness)
                try record.insert(db)
                for (k, quantity) in claim.quantities.enumerated() {
                    var q = QuantityRecord(quantity, claimId: record.id!, position: k)
                    try q.insert(db)
                }
                for flag in claim.flags {
                    var f = FlagRecord(id: nil, claimId: record.id!, kind: flag.kind, text: flag.text, message: flag.message, details: flag.details)
                    try f.insert(db)
                }
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
