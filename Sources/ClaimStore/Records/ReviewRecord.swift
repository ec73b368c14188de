import Foundation
import GRDB

/// One decision about a claim. Reviews form a history: rows are only ever inserted, and
/// the newest row is the claim's current status.
public struct ReviewRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "review"

    public var id: Int64?
    public var claimId: Int64
    public var status: ReviewStatus
    public var reviewer: String?
    public var note: String?
    public var evidenceURL: String?
    public var evidenceQuote: String?
    public var createdAt: Date
    /// The status as stored when this ClaimDesk does not know it (one a newer version added,
    /// or a hand edit); `status` is then `inProgress`, so the claim stays open: it is not
    /// ticked, counted as settled or published as a verdict this version cannot read.
    public var unknownStatus: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, claimId, status, reviewer, note, evidenceURL, evidenceQuote, createdAt
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let claimId = Column(CodingKeys.claimId)
        public static let status = Column(CodingKeys.status)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension ReviewRecord {
    /// Decodes a stored row, with `StoreError.damaged` naming the claim when a value does not
    /// convert. A status that is text but not one this version knows is read as in-progress
    /// (see `unknownStatus`) rather than stopping every listing.
    public init(row: Row) throws {
        let (v, claimId) = try StoredValues.child(row, table: Self.databaseTableName)
        let statusText: String = try v.value("status", "a review status (text)")
        let status = ReviewStatus(rawValue: statusText)
        self.init(
            id: try v.value("id", Expected.integer), claimId: claimId, status: status ?? .inProgress,
            reviewer: try v.optional("reviewer", Expected.text), note: try v.optional("note", Expected.text),
            evidenceURL: try v.optional("evidenceURL", Expected.text), evidenceQuote: try v.optional("evidenceQuote", Expected.text),
            createdAt: try v.value("createdAt", Expected.date), unknownStatus: status == nil ? statusText : nil)
    }
}

extension ReviewStatus: DatabaseValueConvertible {
    /// The statuses as SQL text, for queries that must tell a known status from another.
    static let sqlList = allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// SQL for the current status of the claim whose id is `claimColumn`: its newest review's
    /// status, `in-progress` when that status is one this version does not know (as
    /// `ReviewRecord` reads it), or `unreviewed` without a review.
    static func currentSQL(claimColumn: String) -> String {
        """
        COALESCE((SELECT CASE WHEN review.status IN (\(sqlList)) THEN review.status ELSE '\(inProgress.rawValue)' END
                  FROM review WHERE review.claimId = \(claimColumn) ORDER BY review.id DESC LIMIT 1),
                 '\(unreviewed.rawValue)')
        """
    }
}
