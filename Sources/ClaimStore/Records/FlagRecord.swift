import ClaimAnalysis
import GRDB

/// A flag raised on a claim, as stored.
public struct FlagRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "flag"

    public var id: Int64?
    public var claimId: Int64
    public var kind: FlagKind
    public var text: String
    public var message: String
    public var details: String?

    public enum Columns {
        public static let claimId = Column(CodingKeys.claimId)
        public static let kind = Column(CodingKeys.kind)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension FlagKind: DatabaseValueConvertible {}
