import Foundation
import ClaimModel
import GRDB

/// How a `ReviewRecord` is read from and written to its table.
extension ReviewRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "review"

    public enum Columns {
        public static let id = Column("id")
        public static let claimId = Column("claimId")
        public static let status = Column("status")
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
