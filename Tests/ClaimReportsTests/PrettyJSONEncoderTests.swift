import Foundation
import TestSupport
import Testing

@testable import ClaimReports

/// `PrettyJSONEncoder` writes exactly what Foundation's `JSONEncoder` writes with the
/// options every `--json` output uses: compared byte for byte on shapes like ours.
@Suite("Pretty JSON encoder")
struct PrettyJSONEncoderTests {
    struct Inner: Encodable {
        var text: String
        var value: Double
        var range: [Double]
        var tags: [String]
        var note: String?
    }

    struct Outer: Encodable {
        var id: Int64
        var article_id: Int
        var article: Int
        var flag: Bool
        var items: [Inner]
        var empty: [Inner]
        var emptyObject: [String: Int]
        var byName: [String: String]
        var optional: Int?
        var nested: [[Int]]
        var unsigned: UInt64
    }

    private func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func ours<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try PrettyJSONEncoder().encode(value).bytes, as: UTF8.self)
    }

    @Test("Numbers, strings, nesting, empty containers and nil keys as JSONEncoder writes them")
    func sameAsFoundation() throws {
        var random = SplitMix64(seed: 0x7501)
        let strings = ["", "plain", "a/b", "q\"uote", "back\\slash", "tab\tnew\nline\r", "\u{08}\u{0C}\u{01}\u{1F}\u{7F}",
                       "£5m €4.8bn 東京 🚀 é", "<script>", "Blinken said 90%"]
        let numbers: [Double] = [0, -0.0, 1, -12, 0.1, 2.5, 1e-300, 5.5e20, 1.7976931348623157e308, 9_007_199_254_740_992,
                                 123456789.125, 0.6666666666666666, -3.9, 1e15, 1e16, 4.8e9]
        for _ in 0..<300 {
            func inner() -> Inner {
                Inner(text: random.pick(strings), value: random.pick(numbers), range: [random.pick(numbers), random.pick(numbers)],
                      tags: (0..<random.below(3)).map { _ in random.pick(strings) }, note: random.below(2) == 0 ? nil : random.pick(strings))
            }
            let value = Outer(
                id: Int64(random.below(1_000_000)) - 500, article_id: random.below(99), article: random.below(9),
                flag: random.below(2) == 0, items: (0..<random.below(4)).map { _ in inner() }, empty: [],
                emptyObject: [:], byName: Dictionary(uniqueKeysWithValues: (0..<random.below(4)).map { ("k\($0)_\(random.pick(["a", "B", "_"]))", random.pick(strings)) }),
                optional: random.below(2) == 0 ? nil : random.below(50), nested: [[], [random.below(9)]], unsigned: UInt64.max - UInt64(random.below(9)))
            #expect(try ours(value) == foundation(value))
        }
        #expect(try ours([Inner]()) == foundation([Inner]()))
        #expect(try ours(["x": [1, 2]]) == foundation(["x": [1, 2]]))
        #expect(try ours("top") == foundation("top"))
    }

    @Test("A value JSON cannot hold is an error, as in JSONEncoder")
    func notFinite() {
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode(["v": Double.infinity]) }
    }
}
