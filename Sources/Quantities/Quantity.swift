/// A figure found in text: its value, unit, change cue and what it counts.
///
/// Offsets are UTF-8 byte offsets into the text given to the extractor, so that a caller
/// can slice the original `String.UTF8View` without re-scanning characters.
public struct Quantity: Hashable, Codable, Sendable {
    /// The figure as written, e.g. `"$800 million"` or `"90%"`.
    public var text: String
    /// UTF-8 byte offsets of `text` in the extractor's input.
    public var span: Range<Int>
    public var value: QuantityValue
    /// The unit as written (`"%"`, `"$"`, `"workers"`), or nil for a bare number.
    public var unit: String?
    /// The unit's canonical name (quantulum3's lowercase singular names), or nil.
    public var normalizedUnit: String?
    public var change: Change
    /// Words naming what the figure is about: the entity or noun phrase it describes, as
    /// CQE annotates it (`["Unilever"]` for "Unilever, which employs 9,000 people",
    /// `["battery", "life"]` for "extends the battery life by 4 hours").
    public var concept: [String]
    /// The words after "of" naming the whole a share is part of (`["microelectronics"]` for
    /// "90% of microelectronics"); empty when the text names no whole.
    public var whole: [String]
    public var kind: QuantityKind

    public init(
        text: String, span: Range<Int>, value: QuantityValue, unit: String?, normalizedUnit: String?,
        change: Change = .exact, concept: [String] = [], whole: [String] = [], kind: QuantityKind
    ) {
        self.text = text
        self.span = span
        self.value = value
        self.unit = unit
        self.normalizedUnit = normalizedUnit
        self.change = change
        self.concept = concept
        self.whole = whole
        self.kind = kind
    }
}

/// A single number, or a range such as "5-10%".
public enum QuantityValue: Hashable, Codable, Sendable {
    case exactly(Double)
    case range(low: Double, high: Double)

    /// The value for arithmetic: the number, or a range's midpoint.
    public var central: Double {
        switch self {
        case .exactly(let v): v
        // Halving first keeps "1e308 to 1.7e308" finite; the usual sum stays where it is exact.
        case .range(let low, let high): (low + high).isFinite ? (low + high) / 2 : low / 2 + high / 2
        }
    }
}

/// How the text qualifies a figure: CQE's change vocabulary.
public enum Change: String, Hashable, Codable, Sendable, CaseIterable {
    case exact = "="
    case approximately = "~"
    case moreThan = ">"
    case lessThan = "<"
    case up
    case down
}

/// What sort of figure a quantity is.
public enum QuantityKind: String, Hashable, Codable, Sendable, CaseIterable {
    case percentage
    case money
    case measure
    case duration
    case age
    case count
    case ratio
    case multiple
    case number
}

extension QuantityKind {
    /// True for kinds whose "of" names the whole they are a part of ("90% of", "a fifth of",
    /// "211 of the 400"); money, measures and durations are amounts "of" a material.
    var isPart: Bool {
        switch self {
        case .money, .measure, .duration: false
        default: true
        }
    }
}
