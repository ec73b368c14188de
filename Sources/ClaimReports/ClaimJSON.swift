import ClaimModel
import Foundation
import Quantities

/// The JSON shape of a stored claim, shared by every `--json` output so that scripts see one
/// schema. Keys are snake_case; a value is a number, or `[low, high]` for a range; spans are
/// UTF-8 byte offsets into the claim's sentence.
public struct ClaimJSON: Encodable, Sendable {
    struct Figure: Encodable, Sendable {
        var text: String
        var start: Int
        var end: Int
        var value: FigureValue
        var unit: String?
        var normalized_unit: String?
        var change: String
        var concept: [String]
        var kind: String
    }

    struct FlagJSON: Encodable, Sendable {
        var kind: String
        var text: String
        var message: String
        var details: String?
    }

    /// One review as JSON: the shape of `claims --json`'s history and of `mark --json`.
    public struct Review: Encodable, Sendable {
        var status: String
        var reviewer: String?
        var note: String?
        var evidence_url: String?
        var evidence_quote: String?
        var created_at: String

        public init(_ review: ReviewRecord) {
            status = review.status.rawValue
            reviewer = review.reviewer
            note = review.note
            evidence_url = review.evidenceURL
            evidence_quote = review.evidenceQuote
            created_at = Timestamp.format(review.createdAt)
        }
    }

    /// An earlier occurrence of the claim's figure (`ClaimDatabase.repeats(of:)`).
    struct Repeat: Encodable, Sendable {
        var claim_id: Int64
        var article_id: Int64
        var status: String
        var figure: String
    }

    var id: Int64
    var article: Int64
    var kind: String
    var status: String
    var worthiness: Int
    var paragraph: Int
    var sentence: String
    var speaker: String?
    var outlet: String?
    var hedge: String?
    var quantities: [Figure]
    var flags: [FlagJSON]
    var reviews: [Review]
    /// Earlier occurrences, oldest first; empty when the figure is new.
    var repeats: [Repeat]

    public init(_ stored: StoredClaim) {
        let c = stored.claim
        id = stored.id
        article = c.articleId
        kind = c.kind.rawValue
        status = stored.status.rawValue
        worthiness = c.worthiness
        paragraph = c.paragraph
        sentence = c.sentence
        speaker = c.speaker
        outlet = c.outlet
        hedge = c.hedge
        quantities = stored.quantities.map {
            Figure(
                text: $0.text, start: $0.spanStart, end: $0.spanEnd,
                value: $0.isRange ? .range($0.low, $0.high) : .single($0.low), unit: $0.unit,
                normalized_unit: $0.normalizedUnit, change: $0.change.rawValue, concept: $0.conceptWords,
                kind: $0.kind.rawValue)
        }
        flags = stored.flags.map { FlagJSON(kind: $0.kind.rawValue, text: $0.text, message: $0.message, details: $0.details) }
        reviews = stored.reviews.map(Review.init)
        repeats = stored.repeats.map {
            Repeat(claim_id: $0.claimId, article_id: $0.articleId, status: $0.status.rawValue, figure: $0.figure)
        }
    }
}

/// A figure's value: a plain JSON number, or a two-element array for a range.
enum FigureValue: Encodable, Sendable {
    case single(Double)
    case range(Double, Double)

    func encode(to encoder: Encoder) throws {
        switch self {
        case .single(let v):
            var c = encoder.singleValueContainer()
            try c.encode(JSONNumber(v))
        case .range(let low, let high):
            var c = encoder.unkeyedContainer()
            try c.encode(JSONNumber(low))
            try c.encode(JSONNumber(high))
        }
    }
}

/// Whole numbers encode as integers ("90", not "90.0") so JSON consumers see what was written.
///
/// Integers are written as digits below 2^53, where every whole Double is exact and every
/// JSON reader (JavaScript's included) reads the same number back; larger and fractional
/// values as the shortest digits that read back as the same Double ("1.7976931348623157e+308",
/// "1e-300"). A value that is not finite, which JSON has no token for (and which the
/// extractor no longer produces, though a database written before may hold one), is null.
struct JSONNumber: Encodable, Sendable {
    var value: Double
    init(_ value: Double) { self.value = value }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if !value.isFinite {
            try c.encodeNil()
        } else if value.magnitude < 0x1p53, let whole = Int64(exactly: value) {
            try c.encode(whole)
        } else {
            try c.encode(value)
        }
    }
}

/// One encoder configuration for all JSON output: stable key order, readable, unescaped
/// slashes. `PrettyJSONEncoder` writes it as Foundation's `JSONEncoder` would with those
/// options, several times faster.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try PrettyJSONEncoder().encode(value).bytes, as: UTF8.self)
    }
}
