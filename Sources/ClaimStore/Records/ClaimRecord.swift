import ClaimAnalysis
import GRDB

/// A claim as stored, one row per checkable sentence.
public struct ClaimRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "claim"

    public var id: Int64?
    public var articleId: Int64
    /// Reading order of the claim within its article, from 0.
    public var position: Int
    public var paragraph: Int
    public var sentenceIndex: Int
    public var sentence: String
    /// UTF-8 byte offsets of the sentence in the cleaned article text.
    public var spanStart: Int
    public var spanEnd: Int
    public var kind: ClaimKind
    public var speaker: String?
    public var outlet: String?
    public var hedge: String?
    public var worthiness: Int

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let articleId = Column(CodingKeys.articleId)
        public static let position = Column(CodingKeys.position)
        public static let worthiness = Column(CodingKeys.worthiness)
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
