import Testing
import TestSupport

@testable import ClaimAnalysis

/// Where a sentence's clauses begin, and which clause holds a figure.
@Suite struct ClausesTests {
    @Test func clausesStartAfterSemicolonsAndAtBoundaryWords() {
        let sentence = Array("Revenue rose 5% to £2.1bn, while stores fell; profit held".utf8)
        let starts = Clauses.starts(in: sentence)
        #expect(starts == [Array(sentence).firstRange(of: Array("while".utf8))!.lowerBound, sentence.firstIndex(of: UInt8(ascii: ";"))! + 1])
        #expect(Clauses.index(of: 13, starts: starts) == 0, "5% is in the first clause")
        #expect(Clauses.index(of: starts[0], starts: starts) == 1, "a clause holds its own first byte")
        #expect(Clauses.index(of: sentence.count - 1, starts: starts) == 2)
    }

    /// The clause of an offset is the number of clause starts at or before it, for any
    /// ascending starts, found by halving rather than by counting them all.
    @Test func theClauseIndexCountsTheStartsAtOrBeforeTheOffset() {
        var random = SplitMix64(seed: 12)
        for _ in 0..<500 {
            var starts: [Int] = []
            var at = 0
            for _ in 0..<random.below(12) {
                at += 1 + random.below(6)
                starts.append(at)
            }
            for offset in -1...(at + 2) {
                #expect(Clauses.index(of: offset, starts: starts) == starts.filter { $0 <= offset }.count, "\(starts) \(offset)")
            }
        }
    }
}
