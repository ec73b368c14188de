import ClaimAnalysis
import Foundation

/// Where a desk keeps its articles, claims and reviews: what every front end and report
/// asks of storage, whatever the engine.
///
/// `ClaimDatabase` (ClaimStore, SQLite) is the driver today; a team's shared store is the
/// next. A driver keeps the rules written here and in the model, not its own: reviews are a
/// history (a claim's status is its newest review's, `unreviewed` without one), a repeat is
/// the same figure about the same thing in an article added earlier (`RepeatKey`), and
/// search finds every word of the query in a claim's sentence, speaker, outlet or figures.
/// `StoreContractTests` holds a driver to them.
public protocol DeskStore: Sendable {
    /// Stores each article with its analysis, each whole or not at all, in order; an article
    /// whose text is already stored is returned as it is (`AddResult.isNew` false).
    func add(_ articles: [NewArticle], at date: Date) throws -> [Result<AddResult, any Error>]
    /// The stored article whose text as read is `text`, if any.
    func storedArticle(_ text: HashedText) throws -> ArticleRecord?
    /// The article named by `reference`: its id, or the source it was added from.
    func article(_ reference: String) throws -> ArticleRecord
    /// Every article, oldest first.
    func articles() throws -> [ArticleRecord]
    /// The claims `filter` wants, most check-worthy first, each with its figures, flags,
    /// review history and repeats.
    func claims(_ filter: ClaimFilter) throws -> [StoredClaim]
    /// One claim, or `unknownClaim`.
    func claim(id: Int64) throws -> StoredClaim
    /// All articles and claims, or one article's, read at one moment.
    func snapshot(articleId: Int64?) throws -> ClaimSnapshot
    /// Every claim (of one article, or all) with its current status, in listing order.
    func reviewQueue(articleId: Int64?) throws -> [QueueEntry]
    /// The ids of the open claims, in listing order.
    func openClaimIDs(articleId: Int64?) throws -> [Int64]
    /// Earlier occurrences of a claim's figures, oldest article first.
    func repeats(of id: Int64) throws -> [ClaimRepeat]
    /// Records a review as a new history row.
    @discardableResult
    func mark(claim id: Int64, _ input: ReviewInput, at date: Date) throws -> ReviewRecord
    /// Records a review unless the claim's latest review already says exactly this.
    func markOnce(claim id: Int64, _ input: ReviewInput, at date: Date) throws -> MarkResult
    /// Claims matching `query`, best first.
    func search(_ query: String, filter: ClaimFilter, limit: Int?) throws -> [SearchHit]
    /// Counts of articles, claims by status and open flags, read at one moment.
    func status(mostOpenLimit: Int) throws -> WorkspaceStatus
    /// Deletes an article with its claims, figures, flags and search rows, at once or not at
    /// all. An article whose claims have reviews is refused (`DeletionRefused`) unless
    /// `force`; then its reviews are kept in the audit record before it goes.
    func deleteArticle(_ id: Int64, force: Bool, at date: Date) throws -> ArticleDeletion
    /// The audit record: reviews of deleted articles' claims, in the order they were kept.
    func deletedReviews() throws -> [DeletedReview]
}

extension DeskStore {
    /// Stores one article; see `add(_:at:)`.
    public func add(source: String, text: String, analysis: Analysis, at date: Date) throws -> AddResult {
        let results = try add([NewArticle(source: source, text: HashedText(text), analysis: analysis)], at: date)
        return try results[0].get()
    }

    public func storedArticle(withText text: String) throws -> ArticleRecord? {
        try storedArticle(HashedText(text))
    }

    public func claims() throws -> [StoredClaim] { try claims(ClaimFilter()) }
    public func snapshot() throws -> ClaimSnapshot { try snapshot(articleId: nil) }
    public func reviewQueue() throws -> [QueueEntry] { try reviewQueue(articleId: nil) }
    public func openClaimIDs() throws -> [Int64] { try openClaimIDs(articleId: nil) }
    public func search(_ query: String, filter: ClaimFilter = ClaimFilter(), limit: Int? = nil) throws -> [SearchHit] {
        try search(query, filter: filter, limit: limit)
    }
    public func status() throws -> WorkspaceStatus { try status(mostOpenLimit: 5) }
}
