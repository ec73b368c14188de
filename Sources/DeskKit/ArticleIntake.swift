import ClaimAnalysis
import ClaimModel
import Foundation

/// Storing articles, the work `check` and `add` share: read the file with
/// `ArticleFile.read` (which refuses what is not an article) before opening the database,
/// then `prepare` it and store what is new.
public enum ArticleIntake {
    /// What `store` did with an article.
    public struct Stored: Sendable {
        public var article: ArticleRecord
        /// False when the same text was already stored (from this path or another): nothing
        /// was analysed or written.
        public var isNew: Bool
        /// How many claims were stored; nil when the article was already stored.
        public var claimsAdded: Int?
    }

    /// An article read, before it is stored.
    public enum Prepared: Sendable {
        /// Its text is stored already (from this path or another): nothing to analyse or write.
        case stored(ArticleRecord)
        /// New, analysed, and within `ArticleLimit`.
        case new(NewArticle)
    }

    /// The stored article with this text, or the text analysed for storing. Throws
    /// `ArticleLimitError` when the analysis finds more claims than one article holds.
    public static func prepare(_ text: HashedText, from path: String, in database: any DeskStore) throws -> Prepared {
        // Check first, so that an unchanged file costs a hash and a lookup, not an analysis.
        if let existing = try database.storedArticle(text) { return .stored(existing) }
        let analysis = ClaimAnalyzer().analyze(text.text)
        try ArticleLimit.checkClaims(analysis.claims.count, path: path)
        return .new(NewArticle(source: path, text: text, analysis: analysis))
    }

    /// Stores `text`, read from `path`, with its claim analysis, unless the same text is
    /// stored already; `date` is when it is added.
    public static func store(_ text: String, from path: String, in database: any DeskStore, at date: Date) throws -> Stored {
        switch try prepare(HashedText(text), from: path, in: database) {
        case .stored(let existing):
            return Stored(article: existing, isNew: false, claimsAdded: nil)
        case .new(let article):
            let result = try database.add([article], at: date)[0].get()
            return stored(result, article)
        }
    }

    /// What storing `article` did, as `store` reports it.
    public static func stored(_ result: AddResult, _ article: NewArticle) -> Stored {
        Stored(article: result.article, isNew: result.isNew, claimsAdded: result.isNew ? article.analysis.claims.count : nil)
    }
}
