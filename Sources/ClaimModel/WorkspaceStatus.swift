import ClaimAnalysis

/// The workspace at a glance, as `claimdesk status` shows it.
///
/// A claim's status is its latest review (`unreviewed` when it has none); a claim is open
/// while that status is open (`ReviewStatus.isOpen`), and an open flag is a flag on an open
/// claim.
public struct WorkspaceStatus: Codable, Hashable, Sendable {
    public struct StatusCount: Codable, Hashable, Sendable {
        public var status: ReviewStatus
        public var count: Int

        public init(status: ReviewStatus, count: Int) {
            self.status = status
            self.count = count
        }
    }

    public struct FlagCount: Codable, Hashable, Sendable {
        public var kind: FlagKind
        public var count: Int

        public init(kind: FlagKind, count: Int) {
            self.kind = kind
            self.count = count
        }
    }

    /// An article with its claim counts.
    public struct ArticleSummary: Codable, Hashable, Sendable {
        public var id: Int64
        public var source: String
        public var title: String?
        public var claims: Int
        public var openClaims: Int

        public init(id: Int64, source: String, title: String?, claims: Int, openClaims: Int) {
            self.id = id
            self.source = source
            self.title = title
            self.claims = claims
            self.openClaims = openClaims
        }
    }

    public var articles: Int
    public var claims: Int
    /// Claims whose status is open (unreviewed or in progress).
    public var openClaims: Int
    /// Every status, in `ReviewStatus.allCases` order, zeros included.
    public var claimsByStatus: [StatusCount]
    /// Flags on open claims for every kind, in `FlagKind.allCases` order, zeros included.
    /// Notes (`FlagKind.isNote`) are counted too; they describe a claim without faulting it.
    public var openFlags: [FlagCount]
    /// The articles with open claims, most open claims first (then oldest first), at most
    /// `mostOpenLimit` of them.
    public var mostOpenArticles: [ArticleSummary]
    /// Latest statuses this version does not know (a newer ClaimDesk's, or a hand edit),
    /// by name: those claims are counted as in-progress above.
    public var unknownStatuses: [UnknownStatusCount] = []

    public struct UnknownStatusCount: Codable, Hashable, Sendable {
        public var status: String
        public var count: Int

        public init(status: String, count: Int) {
            self.status = status
            self.count = count
        }
    }

    public init(
        articles: Int, claims: Int, openClaims: Int, claimsByStatus: [StatusCount], openFlags: [FlagCount],
        mostOpenArticles: [ArticleSummary], unknownStatuses: [UnknownStatusCount] = []
    ) {
        self.articles = articles
        self.claims = claims
        self.openClaims = openClaims
        self.claimsByStatus = claimsByStatus
        self.openFlags = openFlags
        self.mostOpenArticles = mostOpenArticles
        self.unknownStatuses = unknownStatuses
    }

    /// Open flags that ask a question, notes left out.
    public var openQuestions: Int {
        openFlags.filter { !$0.kind.isNote }.reduce(0) { $0 + $1.count }
    }

    public func count(_ status: ReviewStatus) -> Int {
        claimsByStatus.first { $0.status == status }?.count ?? 0
    }

    public func count(_ kind: FlagKind) -> Int {
        openFlags.first { $0.kind == kind }?.count ?? 0
    }
}
