import Quantities

/// A figure of a claim as stored; a range keeps both ends, a single value has `low == high`.
public struct QuantityRecord: Codable, Hashable, Sendable {
    public var id: Int64?
    public var claimId: Int64
    public var position: Int
    public var text: String
    /// UTF-8 byte offsets of `text` in the claim's sentence.
    public var spanStart: Int
    public var spanEnd: Int
    public var low: Double
    public var high: Double
    public var unit: String?
    public var normalizedUnit: String?
    public var change: Change
    /// The concept words joined by single spaces ("machine tools").
    public var concept: String
    public var kind: QuantityKind

    public init(
        id: Int64?, claimId: Int64, position: Int, text: String, spanStart: Int, spanEnd: Int, low: Double, high: Double,
        unit: String?, normalizedUnit: String?, change: Change, concept: String, kind: QuantityKind
    ) {
        self.id = id
        self.claimId = claimId
        self.position = position
        self.text = text
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.low = low
        self.high = high
        self.unit = unit
        self.normalizedUnit = normalizedUnit
        self.change = change
        self.concept = concept
        self.kind = kind
    }

    public var isRange: Bool { low != high }

    /// Whether the figure has a position in its sentence. A stored span that does not fit the
    /// sentence (damage, or a hand edit) is dropped when the claim is read, leaving the empty
    /// span 0..<0, so that highlighting and offsets never cut outside the sentence.
    public var hasSpan: Bool { spanStart < spanEnd }
}

extension QuantityRecord {
    /// "90", "800,000,000", or "252–287" for a range.
    public var formattedValue: String {
        isRange
            ? Quantity.format(low, grouping: true) + "–" + Quantity.format(high, grouping: true)
            : Quantity.format(low, grouping: true)
    }

    /// The value with its unit and cue, as a reviewer reads it: "> 40 percentage".
    public var reading: String {
        var parts: [String] = []
        if change != .exact { parts.append(change.rawValue) }
        parts.append(formattedValue)
        if let normalizedUnit { parts.append(normalizedUnit) }
        return parts.joined(separator: " ")
    }

    public var conceptWords: [String] {
        concept.isEmpty ? [] : concept.split(separator: " ").map(String.init)
    }
}
