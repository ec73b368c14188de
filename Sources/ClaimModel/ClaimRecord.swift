import ClaimAnalysis

/// A claim as stored, one row per checkable sentence.
public struct ClaimRecord: Codable, Hashable, Sendable {
    public var id: Int64?
    public var articleId: Int64
    /// Reading order of the claim within its article, from 0.
    public var position: Int
    public var paragraph: Int
    public var sentenceIndex: Int
    public var sentence: String
    /// UTF-8 byte offsets of the sentence in its article's stored text.
    public var spanStart: Int
    public var spanEnd: Int
    public var kind: ClaimKind
    public var speaker: String?
    public var outlet: String?
    public var hedge: String?
    public var worthiness: Int

    public init(
        id: Int64?, articleId: Int64, position: Int, paragraph: Int, sentenceIndex: Int, sentence: String, spanStart: Int,
        spanEnd: Int, kind: ClaimKind, speaker: String?, outlet: String?, hedge: String?, worthiness: Int
    ) {
        self.id = id
        self.articleId = articleId
        self.position = position
        self.paragraph = paragraph
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.kind = kind
        self.speaker = speaker
        self.outlet = outlet
        self.hedge = hedge
        self.worthiness = worthiness
    }
}
