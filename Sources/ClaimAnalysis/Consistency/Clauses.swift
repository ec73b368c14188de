/// Where a sentence's clauses meet, so that a check compares only figures that speak of the
/// same thing: in "Revenue rose 5% to £2.1bn, while stores fell from 320 to 300" the 5% is
/// revenue's and the endpoints are the stores'.
enum Clauses {
    /// Words that start a new clause with its own subject.
    private static let boundaryWords: [[UInt8]] = [
        "while", "whereas", "but", "although", "though", "meanwhile", "and", "whilst",
    ].map { Array($0.utf8) }

    /// UTF-8 offsets in `bytes` where a clause begins: after ";" and at a boundary word.
    static func starts(in bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var k = 0
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        while k < bytes.count {
            let b = bytes[k]
            if b == UInt8(ascii: ";") {
                starts.append(k + 1)
            } else if isLetter(b), k == 0 || !isLetter(bytes[k - 1]) {
                var end = k
                while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                let length = end - k
                if length >= 3, length <= 9,
                    boundaryWords.contains(where: { word in
                        word.count == length && (0..<length).allSatisfy { (bytes[k + $0] | 0x20) == word[$0] }
                    })
                {
                    starts.append(k)
                }
                k = end
                continue
            }
            k += 1
        }
        return starts
    }

    /// The index of the clause holding `offset`: how many clause starts come before it.
    ///
    /// `starts` is ascending (`starts(in:)` reads left to right), so a binary search: a
    /// sentence of thousands of clauses and figures would be quadratic counted one by one.
    static func index(of offset: Int, starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
