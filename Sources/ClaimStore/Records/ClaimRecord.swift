import ClaimAnalysis
import ClaimModel
import GRDB

/// How a `ClaimRecord` is read from and written to its table.
extension ClaimRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "claim"

    public enum Columns {
        public static let id = Column("id")
        public static let articleId = Column("articleId")
        public static let position = Column("position")
        public static let worthiness = Column("worthiness")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension ClaimRecord {
    /// Decodes a stored row, with `StoreError.damaged` naming the claim when a value does not
    /// convert.
    public init(row: Row) throws {
        let id = try StoredValues(row: row, table: Self.databaseTableName, owner: "a claim row")
            .value("id", Expected.integer, as: Int64.self)
        let v = StoredValues(row: row, table: Self.databaseTableName, owner: "claim \(id)")
        self.init(
            id: id, articleId: try v.value("articleId", "an article id"), position: try v.value("position", Expected.integer),
            paragraph: try v.value("paragraph", Expected.integer), sentenceIndex: try v.value("sentenceIndex", Expected.integer),
            sentence: try v.value("sentence", Expected.text), spanStart: try v.value("spanStart", Expected.integer),
            spanEnd: try v.value("spanEnd", Expected.integer), kind: try v.value("kind", Expected.known("claim kind")),
            speaker: try v.optional("speaker", Expected.text), outlet: try v.optional("outlet", Expected.text),
            hedge: try v.optional("hedge", Expected.text), worthiness: try v.value("worthiness", Expected.integer))
    }
}

extension ClaimKind: DatabaseValueConvertible {}
