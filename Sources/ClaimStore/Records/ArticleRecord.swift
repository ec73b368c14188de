import Foundation
import ClaimModel
import GRDB

/// How a `ArticleRecord` is read from and written to its table.
extension ArticleRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "article"

    public enum Columns {
        public static let id = Column("id")
        public static let source = Column("source")
        public static let contentHash = Column("contentHash")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension ArticleRecord {
    /// Decodes a stored row, with `StoreError.damaged` naming the article when a value does
    /// not convert (GRDB's Codable decoding would name only the column).
    public init(row: Row) throws {
        let id = try StoredValues(row: row, table: Self.databaseTableName, owner: "an article row")
            .value("id", Expected.integer, as: Int64.self)
        let v = StoredValues(row: row, table: Self.databaseTableName, owner: "article \(id)")
        self.init(
            id: id, source: try v.value("source", Expected.text), title: try v.optional("title", Expected.text),
            contentHash: try v.value("contentHash", Expected.text), text: try v.value("text", Expected.text),
            addedAt: try v.value("addedAt", Expected.date))
    }
}
