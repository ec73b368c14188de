import Quantities
import Testing

/// One input sentence and the single figure the extractor must find in it.
struct Expected: Sendable, CustomTestStringConvertible {
    var input: String
    /// The figure as written, sliced from the input by the span.
    var text: String
    var value: QuantityValue
    /// The unit as written; nil here means "not checked".
    var unit: String?
    /// The canonical unit name; compared exactly (nil means "must be nil").
    var normalized: String?
    var kind: QuantityKind
    var change: Change = .exact

    init(
        _ input: String, text: String, _ value: QuantityValue, unit: String? = nil, normalized: String?,
        kind: QuantityKind, change: Change = .exact
    ) {
        self.input = input
        self.text = text
        self.value = value
        self.unit = unit
        self.normalized = normalized
        self.kind = kind
        self.change = change
    }

    var testDescription: String { input }
}

let extractor = QuantityExtractor()

/// True when two values agree to within a part in a billion (fractions like two-thirds).
func same(_ a: QuantityValue, _ b: QuantityValue) -> Bool {
    func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= max(abs(x), abs(y), 1) * 1e-9 }
    switch (a, b) {
    case (.exactly(let x), .exactly(let y)): return close(x, y)
    case (.range(let l1, let h1), .range(let l2, let h2)): return close(l1, l2) && close(h1, h2)
    default: return false
    }
}

/// The text that `span` covers in `input`, decoded from UTF-8 bytes, or nil if out of bounds.
func slice(_ input: String, _ span: Range<Int>) -> String? {
    let bytes = Array(input.utf8)
    guard span.lowerBound >= 0, span.upperBound <= bytes.count, span.lowerBound <= span.upperBound else { return nil }
    return String(decoding: bytes[span], as: UTF8.self)
}

/// Checks that every quantity's and gap's span lies inside the input; quantity spans must
/// also slice back to the quantity's text.
func expectSpansInBounds(_ input: String, _ extraction: Extraction, sourceLocation: SourceLocation = #_sourceLocation) {
    let count = input.utf8.count
    for q in extraction.quantities {
        #expect(q.span.lowerBound >= 0 && q.span.upperBound <= count && !q.span.isEmpty, "quantity span \(q.span) out of 0..<\(count)", sourceLocation: sourceLocation)
        #expect(slice(input, q.span) == q.text, "span \(q.span) does not slice back to \(q.text)", sourceLocation: sourceLocation)
    }
    for g in extraction.gaps {
        #expect(g.span.lowerBound >= 0 && g.span.upperBound <= count && !g.span.isEmpty, "gap span \(g.span) out of 0..<\(count)", sourceLocation: sourceLocation)
    }
}

/// Extracts from `expected.input` and checks the single figure found against it.
func check(_ expected: Expected, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let extraction = extractor.extract(from: expected.input)
    #expect(extraction.quantities.count == 1, "found \(extraction.quantities.map(\.text))", sourceLocation: sourceLocation)
    let q = try #require(extraction.quantities.first, sourceLocation: sourceLocation)
    #expect(q.text == expected.text, sourceLocation: sourceLocation)
    #expect(same(q.value, expected.value), "value \(q.value), expected \(expected.value)", sourceLocation: sourceLocation)
    if let unit = expected.unit {
        #expect(q.unit == unit, sourceLocation: sourceLocation)
    }
    #expect(q.normalizedUnit == expected.normalized, sourceLocation: sourceLocation)
    #expect(q.kind == expected.kind, sourceLocation: sourceLocation)
    #expect(q.change == expected.change, sourceLocation: sourceLocation)
    #expect(extraction.gaps.isEmpty, "unexpected gaps \(extraction.gaps.map(\.text))", sourceLocation: sourceLocation)
    expectSpansInBounds(expected.input, extraction, sourceLocation: sourceLocation)
}
