/// A place where a figure's number is missing, such as "supplying % of machine tools".
///
/// Gaps usually come from a lost number during copy-editing or scraping; a reviewer must
/// recover the figure from the original source before the claim can be checked.
public struct FigureGap: Hashable, Codable, Sendable {
    /// The text around the hole, e.g. `"% of machine tools"`.
    public var text: String
    /// UTF-8 byte offsets of the orphaned sign or unit.
    public var span: Range<Int>
    /// Why this looks like a lost figure, phrased for a reviewer.
    public var reason: String

    public init(text: String, span: Range<Int>, reason: String) {
        self.text = text
        self.span = span
        self.reason = reason
    }
}

/// Everything the extractor found in one text.
public struct Extraction: Hashable, Codable, Sendable {
    public var quantities: [Quantity]
    public var gaps: [FigureGap]

    public init(quantities: [Quantity] = [], gaps: [FigureGap] = []) {
        self.quantities = quantities
        self.gaps = gaps
    }
}
