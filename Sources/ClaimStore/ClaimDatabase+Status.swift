import ClaimModel
import ClaimAnalysis
import GRDB

extension ClaimDatabase {
    /// Each claim with its current status: the newest review's (in-progress when this version
    /// does not know it), or 'unreviewed'.
    private static let currentStatusSQL = """
        SELECT claim.id AS claimId, claim.articleId AS articleId, \(ReviewStatus.currentSQL(claimColumn: "claim.id")) AS status
        FROM claim
        """

    /// Counts of articles, claims by status and flags on open claims, read in one transaction
    /// so the numbers agree with each other. A stored value that cannot be counted (a status
    /// or flag kind that is not text) throws `StoreError.damaged` naming its claim.
    public func status(mostOpenLimit: Int) throws -> WorkspaceStatus {
        let open = ReviewStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let openList = open.map { _ in "?" }.joined(separator: ", ")
        let openArguments = StatementArguments(open)
        return try writer.read { db in
            // Counting would fold these into a status or flag silently; they are damage.
            for (table, column) in [("review", "status"), ("flag", "kind")] {
                if let row = try Row.fetchOne(
                    db, sql: "SELECT claimId, \(column) FROM \(table) WHERE typeof(\(column)) <> 'text' ORDER BY claimId LIMIT 1")
                {
                    let owner = Int64.fromDatabaseValue(row["claimId"]).map { "claim \($0)" } ?? "a \(table) row"
                    let values = StoredValues(row: row, table: table, owner: owner)
                    throw values.damage(column, try values.databaseValue(column), Expected.text)
                }
            }
            let articles = try ArticleRecord.fetchCount(db)
            let claims = try ClaimRecord.fetchCount(db)

            var byStatus: [String: Int] = [:]
            var unknown: [String: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    WITH current AS (\(Self.currentStatusSQL))
                    SELECT status, COUNT(*) AS n FROM current GROUP BY status
                    """)
            {
                let v = StoredValues(row: row, table: "review", owner: "a review row")
                byStatus[try v.value("status", Expected.text), default: 0] += try v.value("n", Expected.integer) as Int
            }
            // Which statuses counted as in-progress were ones this version does not know.
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT latest.status AS status, COUNT(*) AS n FROM claim
                    JOIN review AS latest ON latest.id = (SELECT MAX(id) FROM review WHERE review.claimId = claim.id)
                    WHERE latest.status NOT IN (\(ReviewStatus.sqlList))
                    GROUP BY latest.status
                    """)
            {
                let v = StoredValues(row: row, table: "review", owner: "a review row")
                unknown[try v.value("status", Expected.text), default: 0] += try v.value("n", Expected.integer) as Int
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
                let v = StoredValues(row: row, table: "flag", owner: "a flag row")
                byFlag[try v.value("kind", Expected.text), default: 0] += try v.value("n", Expected.integer) as Int
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
                let id = try StoredValues(row: row, table: "article", owner: "an article row").value("id", Expected.integer, as: Int64.self)
                let v = StoredValues(row: row, table: "article", owner: "article \(id)")
                return WorkspaceStatus.ArticleSummary(
                    id: id, source: try v.value("source", Expected.text), title: try v.optional("title", Expected.text),
                    claims: try v.value("claims", Expected.integer), openClaims: try v.value("openClaims", Expected.integer))
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
                mostOpenArticles: mostOpen,
                unknownStatuses: unknown.keys.sorted().map { WorkspaceStatus.UnknownStatusCount(status: $0, count: unknown[$0]!) })
        }
    }
}
