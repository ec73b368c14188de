/// A fixed table from token keys to values, probed by `TokenKey.mixed` instead of `Hasher`.
///
/// The vocabularies and the concept reader's word classes are asked about nearly every
/// word around every figure. A `Set` or `Dictionary` look-up runs a full SipHash each time
/// (a tenth of the extractor's instructions on figure-dense text), and the word-class
/// table laid out as slots holding their keys took half a megabyte and missed the cache on
/// most look-ups. These tables never change after they are built, so the probe array holds
/// only 16-bit entry numbers (32 KB for the largest, which stays in cache); most words of
/// news text are in no table, and their look-up ends on an empty probe without touching
/// the entries.
///
/// Tables are built once, as statics, and live as long as the process: their memory is
/// never freed, so that a table is plain addresses and a copy retains nothing (the concept
/// reader copies its table once per figure, and a retained array showed in the profile).
struct TokenTable<Value: Sendable>: @unchecked Sendable {
    private let keys: UnsafePointer<TokenKey>
    private let values: UnsafePointer<Value>
    /// Entry number plus one, 0 for an empty probe.
    private let probes: UnsafePointer<UInt16>
    private let mask: Int
    /// How many keys the table holds.
    let count: Int

    /// A table of `pairs`; of two pairs with one key, the first is kept.
    init(_ pairs: some Sequence<(TokenKey, Value)>) {
        let all = Array(pairs)
        precondition(all.count < Int(UInt16.max))
        var size = 8
        while size < all.count * 4 { size <<= 1 }
        let keys = UnsafeMutablePointer<TokenKey>.allocate(capacity: max(all.count, 1))
        let values = UnsafeMutablePointer<Value>.allocate(capacity: max(all.count, 1))
        let probes = UnsafeMutablePointer<UInt16>.allocate(capacity: size)
        probes.initialize(repeating: 0, count: size)
        var filled = 0
        next: for (key, value) in all {
            var k = Int(truncatingIfNeeded: key.mixed) & (size - 1)
            while probes[k] != 0 {
                if keys[Int(probes[k]) - 1] == key { continue next }
                k = (k + 1) & (size - 1)
            }
            (keys + filled).initialize(to: key)
            (values + filled).initialize(to: value)
            filled += 1
            probes[k] = UInt16(filled)
        }
        self.keys = UnsafePointer(keys)
        self.values = UnsafePointer(values)
        self.probes = UnsafePointer(probes)
        mask = size - 1
        count = filled
    }

    /// The value of `key`, or nil when the table has none.
    @inline(__always)
    subscript(_ key: TokenKey) -> Value? {
        guard let e = entry(of: key) else { return nil }
        return values[e]
    }

    /// The index of `key` among the entries.
    @inline(__always)
    func entry(of key: TokenKey) -> Int? {
        var k = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let e = Int(probes[k])
            if e == 0 { return nil }
            if keys[e - 1] == key { return e - 1 }
            k = (k + 1) & mask
        }
    }

    /// The keys, in the order they were first given.
    var allKeys: [TokenKey] { Array(UnsafeBufferPointer(start: keys, count: count)) }
}

/// A fixed set of token keys: a `TokenTable` with no values, standing in for `Set<TokenKey>`.
struct TokenSet: Sequence, ExpressibleByArrayLiteral, Sendable {
    private let table: TokenTable<Void>

    init(_ elements: some Sequence<TokenKey>) {
        table = TokenTable(elements.lazy.map { ($0, ()) })
    }

    init(arrayLiteral elements: TokenKey...) {
        self.init(elements)
    }

    @inline(__always)
    func contains(_ key: TokenKey) -> Bool { table.entry(of: key) != nil }

    var count: Int { table.count }
    var isEmpty: Bool { table.count == 0 }

    func makeIterator() -> IndexingIterator<[TokenKey]> { table.allKeys.makeIterator() }
}
