import Quantities

/// A checkable statement: one sentence carrying one or more figures (or a figure's hole),
/// with who said it, what kind of claim it is, and what a reviewer should ask about it.
public struct Claim: Hashable, Codable, Sendable {
    /// The sentence as it stands in the cleaned document.
    public var sentence: String
    /// Zero-based index of the paragraph in the cleaned document.
    public var paragraph: Int
    /// Zero-based index of the sentence in the document.
    public var sentenceIndex: Int
    /// UTF-8 byte offsets of the sentence in `Document.text`.
    public var span: Range<Int>
    public var kind: ClaimKind
    /// The figures, with spans relative to `sentence` (UTF-8 bytes).
    public var quantities: [Quantity]
    public var attribution: Attribution
    public var flags: [Flag]
    /// Check-worthiness from 0 to 100; see `Worthiness`.
    public var worthiness: Int

    public init(
        sentence: String, paragraph: Int, sentenceIndex: Int, span: Range<Int>, kind: ClaimKind,
        quantities: [Quantity], attribution: Attribution = Attribution(), flags: [Flag] = [], worthiness: Int = 0
    ) {
        self.sentence = sentence
        self.paragraph = paragraph
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.kind = kind
        self.quantities = quantities
        self.attribution = attribution
        self.flags = flags
        self.worthiness = worthiness
    }
}

/// What sort of statement a claim makes, which decides what a reviewer checks first.
public enum ClaimKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// A share or rate: "90% of microelectronics".
    case statistic
    /// How many of something: "13,000 workers".
    case count
    case money
    /// A movement: "rose 5%", "doubled".
    case trend
    /// A ranking or comparison: "second-largest", "more than any other".
    case comparison
    /// A record or a span of time: "for the first time in 24 years", "highest since 1990".
    case record
    /// "one in five", "3:1".
    case ratio
    /// A physical measure, a duration or an age.
    case measure
}

/// Who stands behind a claim.
public struct Attribution: Hashable, Codable, Sendable {
    /// The person or body that made the statement, as named in the text.
    public var speaker: String?
    /// The outlet that reported it ("Reuters", "24 Kanal").
    public var outlet: String?
    /// A word that weakens the claim ("reportedly", "an estimated").
    public var hedge: String?

    public init(speaker: String? = nil, outlet: String? = nil, hedge: String? = nil) {
        self.speaker = speaker
        self.outlet = outlet
        self.hedge = hedge
    }

    public var isEmpty: Bool { speaker == nil && outlet == nil }
}
