import ClaimAnalysis

/// An article's text with its SHA-256, computed once.
///
/// The look-up that lets `add` skip an unchanged file and the insert that stores a new one
/// both need the hash; computing it here, when the text is read, makes one hash per article.
public struct HashedText: Hashable, Sendable {
    public let text: String
    /// `ContentHash.sha256Hex(text)`.
    public let contentHash: String

    public init(_ text: String) {
        self.text = text
        contentHash = ContentHash.sha256Hex(text)
    }
}

/// An article ready to be stored: its text, where it came from, and its claim analysis,
/// all made before the write starts.
public struct NewArticle: Sendable {
    /// The path or URL it was read from, as the user gave it.
    public var source: String
    public var text: HashedText
    public var analysis: Analysis

    public init(source: String, text: HashedText, analysis: Analysis) {
        self.source = source
        self.text = text
        self.analysis = analysis
    }
}
