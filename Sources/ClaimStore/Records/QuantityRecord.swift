import ClaimModel
import GRDB
import Quantities

extension QuantityRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quantity"

    public enum Columns {
        public static let claimId = Column("claimId")
        public static let position = Column("position")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
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
