import ClaimAnalysis
import GRDB

/// The workspace at a glance, as `claimdesk status` shows it.
///
/// A claim's status is its latest review (`unreviewed` when it has none); a claim is open
/// while that status is open (`ReviewStatus.isOpen`), and an open flag is a flag on an open
/// claim.
public struct WorkspaceStatus: Codable, Hashable, Sendable {
    public struct StatusCount: Codable, Hashable, Sendable {
        public var status: ReviewStatus
        public var count: Int
    }

    public struct FlagCount: Codable, Hashable, Sendable {
        public var kind: FlagKind
        public var count: Int
    }

    /// An article with its claim counts.
    public struct ArticleSummary: Codable, Hashable, Sendable {
        public var id: Int64
        public var source: String
        public var title: String?
        public var claims: Int
        public var openClaims: Int
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

extension ClaimDatabase {
    /// Each claim with its current status: the newest review's, or 'unreviewed'.
    private static let currentStatusSQL = """
        SELECT claim.id AS claimId, claim.articleId AS articleId,
               COALESCE((SELECT review.status FROM review WHERE review.claimId = claim.id
                         ORDER BY review.id DESC LIMIT 1), '\(ReviewStatus.unreviewed.rawValue)') AS status
        FROM claim
        """

    /// Counts of articles, claims by status and flags on open claims, read in one transaction
    /// so the numbers agree with each other.
    public func status(mostOpenLimit: Int = 5) throws -> WorkspaceStatus {
        let open = ReviewStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let openList = open.map { _ in "?" }.joined(separator: ", ")
        let openArguments = StatementArguments(open)
        return try writer.read { db in
            let articles = try ArticleRecord.fetchCount(db)
            let claims = try ClaimRecord.fetchCount(db)

            var byStatus: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "WITH current AS (\(Self.currentStatusSQL)) SELECT status, COUNT(*) AS n FROM current GROUP BY status")
            {
                byStatus[row["status"], default: 0] += row["n"] as Int
            }

            var byFlag: [String: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    WITH current AS (\(Self.currentStatusSQL))
                    SELECT flag.kind AS kind, COUNT(*) AS n
                    FROM flag JOIN current ON current.claimId = flag.claimId
                    WHERE current.status IN (\(openList))
                    GROUP BY flag.kind
                    """,
                arguments: openArguments)
            {
                byFlag[row["kind"], default: 0] += row["n"] as Int
            }

            let mostOpen = try Row.fetchAll(
                db,
                sql: """
                    WITH current AS (\(Self.currentStatusSQL))
                    SELECT article.id AS id, article.source AS source, article.title AS title,
                           COUNT(*) AS claims,
                           SUM(CASE WHEN current.status IN (\(openList)) THEN 1 ELSE 0 END) AS openClaims
                    FROM article JOIN current ON current.articleId = article.id
                    GROUP BY article.id
                    HAVING openClaims > 0
                    ORDER BY openClaims DESC, article.id
                    LIMIT ?
                    """,
                arguments: openArguments + [max(0, mostOpenLimit)]
            ).map { row in
                WorkspaceStatus.ArticleSummary(
                    id: row["id"], source: row["source"], title: row["title"], claims: row["claims"],
                    openClaims: row["openClaims"])
            }

            let claimsByStatus = ReviewStatus.allCases.map {
                WorkspaceStatus.StatusCount(status: $0, count: byStatus[$0.rawValue] ?? 0)
            }
            return WorkspaceStatus(
                articles: articles,
                claims: claims,
                openClaims: claimsByStatus.filter(\.status.isOpen).reduce(0) { $0 + $1.count },
                claimsByStatus: claimsByStatus,
                openFlags: FlagKind.allCases.map { WorkspaceStatus.FlagCount(kind: $0, count: byFlag[$0.rawValue] ?? 0) },
                mostOpenArticles: mostOpen)
        }
    }

    /// The stored article whose text is exactly `text`, if any: lets a batch skip analysing
    /// an unchanged file. `add` still deduplicates on its own, so a race is harmless.
    public func storedArticle(withText text: String) throws -> ArticleRecord? {
        let hash = ContentHash.sha256Hex(text)
        return try writer.read { db in
            try ArticleRecord.filter(ArticleRecord.Columns.contentHash == hash).fetchOne(db)
        }
    }
}
