@testable import Quantities
import Testing
import TestSupport

/// `TokenSet` stands in for `Set<TokenKey>` in the vocabularies, and its `TokenTable` for
/// the word classes' `Dictionary`: they must answer exactly as those do, for members,
/// strangers, duplicates, long words and the empty key.
@Suite("TokenTable and TokenSet")
struct TokenTableTests {
    @Test("Members are found and nothing else is, as in a Set")
    func sameAsSet() {
        var rng = SplitMix64(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz'-".utf8)
        func word() -> TokenKey {
            let n = Int(rng.next() % 20) + 1
            return TokenKey((0..<n).map { _ in letters[Int(rng.next() % UInt64(letters.count))] })
        }
        let members = (0..<2000).map { _ in word() }
        let set = TokenSet(members + members.prefix(300))
        let reference = Set(members)
        #expect(set.count == reference.count)
        for key in members { #expect(set.contains(key)) }
        for _ in 0..<5000 {
            let probe = word()
            #expect(set.contains(probe) == reference.contains(probe))
        }
    }

    @Test("A table gives each key its first value, and nil for a stranger")
    func table() {
        let table = TokenTable([("of", 1), ("per", 2), ("of", 3)] as [(TokenKey, Int)])
        #expect(table["of"] == 1 && table["per"] == 2 && table["cent"] == nil)
        #expect(table.allKeys == ["of", "per"])
        for (key, classes) in WordClass.table {
            #expect(WordClass.listed(key) == classes)
        }
        #expect(WordClass.listed("microelectronics") == [])
    }

    @Test("Literals, long words and the empty set")
    func literals() {
        let set: TokenSet = ["of", "percentage", "internationalisation", "of"]
        #expect(set.count == 3)
        #expect(set.contains("of") && set.contains("percentage") && set.contains("internationalisation"))
        #expect(!set.contains("internationalisations") && !set.contains("per") && !set.contains(""))
        let empty: TokenSet = []
        #expect(empty.isEmpty && !empty.contains("of"))
        #expect(Array(set) == ["of", "percentage", "internationalisation"])
    }
}
