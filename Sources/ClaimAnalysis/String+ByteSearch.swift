/// Substring search on UTF-8 bytes.
///
/// `"text".contains("word")` resolves to Foundation's `StringProtocol.contains`, which
/// bridges and compares by Unicode canonical equivalence: measured at a seventh of the
/// claim analysis in `MultipleCheck` and `ClaimClassifier.isSuperlative`. The needles here
/// are ASCII, where byte equality is character equality.
extension String {
    /// True when the bytes of `needle` occur in this string's bytes.
    func containsBytes(_ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0 else { return true }
        let p = needle.utf8Start
        var copy = self
        return copy.withUTF8 { hay in
            guard hay.count >= n else { return false }
            let first = p[0]
            var i = 0
            let last = hay.count - n
            while i <= last {
                if hay[i] == first {
                    var k = 1
                    while k < n, hay[i + k] == p[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}
