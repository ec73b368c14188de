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

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let claimId = Column(CodingKeys.claimId)
        public static let status = Column(CodingKeys.status)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension ReviewStatus: DatabaseValueConvertible {}
