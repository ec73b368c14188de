/// Something a reviewer should ask about a claim: a gap, a vagueness, or a note.
public struct Flag: Hashable, Codable, Sendable {
    public var kind: FlagKind
    /// The words of the sentence the flag points at.
    public var text: String
    /// One line telling the reviewer what to ask.
    public var message: String
    /// Extra detail, such as the arithmetic behind an `inconsistent` flag.
    public var details: String?

    public init(kind: FlagKind, text: String, message: String, details: String? = nil) {
        self.kind = kind
        self.text = text
        self.message = message
        self.details = details
    }
}

/// The stable names of flags, as stored and as shown in reports and `--json` output.
public enum FlagKind: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case missingFigure = "missing-figure"
    case vagueQuantity = "vague-quantity"
    case noSource = "no-source"
    case noTimeFrame = "no-time-frame"
    case noBase = "no-base"
    case noBaseline = "no-baseline"
    case inconsistent
    case approximate
    case superlative

    /// Notes describe a claim without faulting it.
    public var isNote: Bool { self == .approximate || self == .superlative }

    public static func < (a: FlagKind, b: FlagKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
