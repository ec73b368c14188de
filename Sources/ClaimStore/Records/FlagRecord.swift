import ClaimAnalysis
import ClaimModel
import GRDB

/// How a `FlagRecord` is read from and written to its table.
extension FlagRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "flag"

    public enum Columns {
        public static let claimId = Column("claimId")
        public static let kind = Column("kind")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension FlagRecord {
    /// Decodes a stored row, with `StoreError.damaged` naming the claim when a value does not
    /// convert.
    public init(row: Row) throws {
        let (v, claimId) = try StoredValues.child(row, table: Self.databaseTableName)
        self.init(
            id: try v.value("id", Expected.integer), claimId: claimId, kind: try v.value("kind", Expected.known("flag kind")),
            text: try v.value("text", Expected.text), message: try v.value("message", Expected.text),
            details: try v.optional("details", Expected.text))
    }
}

extension FlagKind: DatabaseValueConvertible {}
