/// One claim found by `ClaimDatabase.search`, best match first.
public struct SearchHit: Hashable, Sendable {
    public var claimId: Int64
    public var articleId: Int64
    /// The claim's current status: its latest review, or unreviewed.
    public var status: ReviewStatus
    /// A few words of the sentence around the match, each matched word in «…», with "…" where
    /// the sentence was cut. When only the speaker, outlet or figures matched, the beginning
    /// of the sentence followed by that field's snippet in brackets: "… [speaker: «Okafor»]".
    public var snippet: String
    public var sentence: String
    public var speaker: String?
    public var outlet: String?
    /// The store's relevance score, weighted by column (SQLite's bm25): lower (more
    /// negative) is a better match.
    public var score: Double

    public init(
        claimId: Int64, articleId: Int64, status: ReviewStatus, snippet: String, sentence: String, speaker: String?,
        outlet: String?, score: Double
    ) {
        self.claimId = claimId
        self.articleId = articleId
        self.status = status
        self.snippet = snippet
        self.sentence = sentence
        self.speaker = speaker
        self.outlet = outlet
        self.score = score
    }
}

/// A search that cannot run, with a message that says what to type instead.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    /// The query has no letter or digit: only punctuation, symbols or spaces.
    case nothingToSearch(String)
    /// The speaker filter has no letter or digit.
    case nothingToMatchSpeaker(String)

    public var description: String {
        switch self {
        case .nothingToSearch(let query):
            "nothing to search for in '\(query)': give at least one word or number, e.g. 'claimdesk search freight'"
        case .nothingToMatchSpeaker(let name):
            "the speaker '\(name)' has no letters or digits to match"
        }
    }
}
