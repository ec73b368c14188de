/// An earlier occurrence of a claim's figure: a claim of an article added before, stating
/// the same figure about the same thing, with the verdict it got there.
public struct ClaimRepeat: Hashable, Sendable {
    /// The earlier claim.
    public var claimId: Int64
    public var articleId: Int64
    /// Where the earlier article was added from.
    public var articleSource: String
    /// The earlier claim's current status: its latest review, or unreviewed.
    public var status: ReviewStatus
    /// The figure as the earlier claim wrote it ("62%").
    public var figure: String

    public init(claimId: Int64, articleId: Int64, articleSource: String, status: ReviewStatus, figure: String) {
        self.claimId = claimId
        self.articleId = articleId
        self.articleSource = articleSource
        self.status = status
        self.figure = figure
    }

    /// Whether a reviewer has settled the earlier claim, so its verdict can be reused.
    public var hasVerdict: Bool { !status.isOpen }
}
