import Foundation
import GRDB

/// An article as stored: where it came from, its text and the hash that keeps it unique.
public struct ArticleRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "article"

    public var id: Int64?
    /// The path or URL the article was read from, as the user gave it.
    public var source: String
    public var title: String?
    /// SHA-256 of the text as read, hex: the same article added twice is stored once.
    public var contentHash: String
    /// The text as analysed (`Document.text`): page furniture dropped, paragraphs joined by
    /// blank lines. Claim spans are UTF-8 offsets into it.
    public var text: String
    public var addedAt: Date

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let source = Column(CodingKeys.source)
        public static let contentHash = Column(CodingKeys.contentHash)
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
