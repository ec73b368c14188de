import ClaimAnalysis

/// A claim with everything a reviewer sees: its figures, flags and review history.
public struct StoredClaim: Hashable, Sendable {
    public var claim: ClaimRecord
    public var quantities: [QuantityRecord]
    public var flags: [FlagRecord]
    /// Oldest first; the last one is the current status.
    public var reviews: [ReviewRecord]
    /// The same figure in claims of articles added earlier, oldest first, at most
    /// `ClaimDatabase.repeatLimit` of them; see `ClaimDatabase.repeats(of:)` for what counts
    /// as the same figure.
    public var repeats: [ClaimRepeat] = []
    /// What was wrong with the stored rows and was set aside when the claim was read, one
    /// line each: a figure span that does not fit the sentence, which is dropped (the figure
    /// is kept, with the empty span, `QuantityRecord.hasSpan` false). A display may show these
    /// as warnings; the claim is still listed and reported.
    public var damage: [String] = []

    public init(
        claim: ClaimRecord, quantities: [QuantityRecord], flags: [FlagRecord], reviews: [ReviewRecord],
        repeats: [ClaimRepeat] = [], damage: [String] = []
    ) {
        self.claim = claim
        self.quantities = quantities
        self.flags = flags
        self.reviews = reviews
        self.repeats = repeats
        self.damage = damage
    }

    public var id: Int64 { claim.id! }
    public var status: ReviewStatus { reviews.last?.status ?? .unreviewed }
    public var latestReview: ReviewRecord? { reviews.last }
    /// Earlier occurrences a reviewer has already settled: their verdict can be reused.
    public var settledRepeats: [ClaimRepeat] { repeats.filter { !$0.status.isOpen } }
}

/// What `ClaimDatabase.add` did with an article.
public struct AddResult: Hashable, Sendable {
    public var article: ArticleRecord
    /// False when an article with the same text was already stored; nothing was written.
    public var isNew: Bool

    public init(article: ArticleRecord, isNew: Bool) {
        self.article = article
        self.isNew = isNew
    }
}

/// Which claims a listing or a search wants; nil fields do not filter.
public struct ClaimFilter: Hashable, Sendable {
    public var articleId: Int64?
    public var status: ReviewStatus?
    public var flag: FlagKind?
    /// Claims whose speaker's name contains every word of this one, in any case and with or
    /// without accents: "okafor" matches "Maria Okafor".
    public var speaker: String?

    public init(articleId: Int64? = nil, status: ReviewStatus? = nil, flag: FlagKind? = nil, speaker: String? = nil) {
        self.articleId = articleId
        self.status = status
        self.flag = flag
        self.speaker = speaker
    }
}
