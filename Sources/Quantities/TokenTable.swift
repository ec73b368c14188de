/// A fixed set of token keys, probed by `TokenKey.mixed` instead of `Hasher`.
///
/// The vocabularies are asked about nearly every word around every figure; a `Set`'s
/// look-up runs a full SipHash each time, which was a tenth of the extractor's instructions
/// on figure-dense text. These sets never change after they are built, so a small open
/// addressing table of 16-bit entry numbers (which stays in cache) over the keys does.
struct TokenSet: Sequence, ExpressibleByArrayLiteral, Sendable {
    private let keys: [TokenKey]
    private let probes: [UInt16]
    private let mask: Int

    init(_ elements: some Sequence<TokenKey>) {
        var unique: [TokenKey] = []
        var size = 8
        let all = Array(elements)
        while size < all.count * 4 { size <<= 1 }
        precondition(all.count < Int(UInt16.max))
        var probes = [UInt16](repeating: 0, count: size)
        for key in all {
            var k = Int(truncatingIfNeeded: key.mixed) & (size - 1)
            var present = false
            while probes[k] != 0 {
                if unique[Int(probes[k]) - 1] == key { present = true; break }
                k = (k + 1) & (size - 1)
            }
            if present { continue }
            unique.append(key)
            probes[k] = UInt16(unique.count)
        }
        self.keys = unique
        self.probes = probes
        self.mask = size - 1
    }

    init(arrayLiteral elements: TokenKey...) {
        self.init(elements)
    }

    @inline(__always)
    func contains(_ key: TokenKey) -> Bool {
        probes.withUnsafeBufferPointer { probes in
            keys.withUnsafeBufferPointer { keys in
                var k = Int(truncatingIfNeeded: key.mixed) & mask
                while true {
                    let e = Int(probes[k])
                    if e == 0 { return false }
                    if keys[e - 1] == key { return true }
                    k = (k + 1) & mask
                }
            }
        }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    func makeIterator() -> IndexingIterator<[TokenKey]> { keys.makeIterator() }

    func union(_ other: some Sequence<TokenKey>) -> TokenSet { TokenSet(Array(keys) + Array(other)) }
}
