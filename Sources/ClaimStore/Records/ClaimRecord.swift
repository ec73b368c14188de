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

extension ClaimKind: DatabaseValueConvertible {}
