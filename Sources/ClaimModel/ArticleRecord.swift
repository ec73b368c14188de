import Foundation

/// An article as stored: where it came from, its text and the hash that keeps it unique.
public struct ArticleRecord: Codable, Hashable, Sendable {
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

    public init(id: Int64?, source: String, title: String?, contentHash: String, text: String, addedAt: Date) {
        self.id = id
        self.source = source
        self.title = title
        self.contentHash = contentHash
        self.text = text
        self.addedAt = addedAt
    }
}
