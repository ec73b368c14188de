@testable import ClaimAnalysis
import Testing

/// `containsBytes` stands in for Foundation's `contains` on ASCII needles.
@Suite("Byte search")
struct ByteSearchTests {
    @Test("Finds a needle anywhere, and only where all its bytes are", arguments: [
        ("exports doubled in 2023", "doubl", true),
        ("doubled", "doubled", true),
        ("it was halved", "halved", true),
        ("it was halve", "halved", false),
        ("", "doubl", false),
        ("dou", "doubl", false),
        ("ddoubl", "doubl", true),
        ("the café doubled its seats", "doubled", true),
        ("tripl ed", "tripled", false),
        ("anything", "", true),
    ])
    func search(_ hay: String, _ needle: String, _ expected: Bool) {
        #expect(Self.contains(hay, needle) == expected)
        #expect(Self.contains(hay, needle) == (needle.isEmpty || hay.contains(needle)))
    }

    /// The helper takes static strings; the cases' needles are mapped onto the ones in use.
    static func contains(_ hay: String, _ needle: String) -> Bool {
        switch needle {
        case "doubl": hay.containsBytes("doubl")
        case "doubled": hay.containsBytes("doubled")
        case "halved": hay.containsBytes("halved")
        case "tripled": hay.containsBytes("tripled")
        default: hay.containsBytes("")
        }
    }
}
