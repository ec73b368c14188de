import GRDB
import Quantities

/// A figure of a claim as stored; a range keeps both ends, a single value has `low == high`.
public struct QuantityRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quantity"

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

    public enum Columns {
        public static let claimId = Column(CodingKeys.claimId)
        public static let position = Column(CodingKeys.position)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var isRange: Bool { low != high }

    /// Whether the figure has a position in its sentence. A stored span that does not fit the
    /// sentence (damage, or a hand edit) is dropped when the claim is read, leaving the empty
    /// span 0..<0, so that highlighting and offsets never cut outside the sentence.
    public var hasSpan: Bool { spanStart < spanEnd }
}

extension QuantityRecord {
    /// Decodes a stored row, with `StoreError.damaged` naming the claim when a value does not
    /// convert. The span is checked against the sentence later, by the claim's loader.
    public init(row: Row) throws {
        let (v, claimId) = try StoredValues.child(row, table: Self.databaseTableName)
        self.init(
            id: try v.value("id", Expected.integer), claimId: claimId, position: try v.value("position", Expected.integer),
            text: try v.value("text", Expected.text), spanStart: try v.value("spanStart", Expected.integer),
            spanEnd: try v.value("spanEnd", Expected.integer), low: try v.value("low", Expected.number),
            high: try v.value("high", Expected.number), unit: try v.optional("unit", Expected.text),
            normalizedUnit: try v.optional("normalizedUnit", Expected.text),
            change: try v.value("change", Expected.known("change cue")), concept: try v.value("concept", Expected.text),
            kind: try v.value("kind", Expected.known("figure kind")))
    }

    /// The stored columns, and `conceptKey`: the concept in the form repeats compare it in
    /// (`RepeatKey.concept`), which SQL cannot compute (it folds ASCII letters only), kept
    /// beside the concept so that the repeat index can look it up exactly.
    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["claimId"] = claimId
        container["position"] = position
        container["text"] = text
        container["spanStart"] = spanStart
        container["spanEnd"] = spanEnd
        container["low"] = low
        container["high"] = high
        container["unit"] = unit
        container["normalizedUnit"] = normalizedUnit
        container["change"] = change
        container["concept"] = concept
        container["conceptKey"] = RepeatKey.concept(concept)
        container["kind"] = kind
    }
}

extension QuantityRecord {
    init(_ q: Quantity, claimId: Int64, position: Int) {
        let (low, high): (Double, Double) = switch q.value {
        case .exactly(let v): (v, v)
        case .range(let l, let h): (l, h)
        }
        self.init(
            id: nil, claimId: claimId, position: position, text: q.text, spanStart: q.span.lowerBound,
            spanEnd: q.span.upperBound, low: low, high: high, unit: q.unit, normalizedUnit: q.normalizedUnit,
            change: q.change, concept: q.concept.joined(separator: " "), kind: q.kind)
    }
}

extension Change: DatabaseValueConvertible {}
extension QuantityKind: DatabaseValueConvertible {}

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
