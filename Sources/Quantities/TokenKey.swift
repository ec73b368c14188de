/// A token's lowercased text packed into two machine words, so that tokens hold no strings.
///
/// Tokens are copied constantly while recognizers look around a figure; with a `String`
/// inside, every copy paid for reference counting and every word paid for a heap-backed
/// string. Sixteen bytes hold every word of the vocabularies and almost every word of news
/// text. Longer text keeps only a hash: it can never equal a vocabulary word, and the few
/// places that need its letters read them from the input (`Reader.lower(_:)`).
struct TokenKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The byte count, or `TokenKey.long` for text over sixteen bytes.
    private var length: UInt8 = 0

    static let capacity = 16
    private static let long: UInt8 = .max

    /// Packs UTF-8 bytes, which the caller has already lowercased.
    init(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= Self.capacity else {
            // FNV-1a: distinct long words stay distinct, and none equals a short one.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
            low = hash
            high = UInt64(bytes.count)
            length = Self.long
            return
        }
        var k = 0
        for b in bytes {
            if k < 8 { low |= UInt64(b) << (8 * k) } else { high |= UInt64(b) << (8 * (k - 8)) }
            k += 1
        }
        length = UInt8(k)
    }

    /// Literals are static strings so that `isWord("of")` reads bytes in place: building
    /// a key from a `String` in the scan loop cost a tenth of the run time.
    ///
    /// Inlined with two plain loops, so that the compiler can fold a literal's bytes into
    /// constants: the generic packer, called for every literal comparison around every
    /// figure, was the extractor's largest single cost.
    @inline(__always)
    init(stringLiteral value: StaticString) {
        let p = value.utf8Start, n = value.utf8CodeUnitCount
        guard n <= Self.capacity else {
            self.init(UnsafeBufferPointer(start: p, count: n))
            return
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var k = 0
        while k < n && k < 8 {
            low |= UInt64(p[k]) << UInt64(8 &* k)
            k &+= 1
        }
        while k < n {
            high |= UInt64(p[k]) << UInt64(8 &* (k &- 8))
            k &+= 1
        }
        self.init(low: low, high: high, length: UInt8(truncatingIfNeeded: n))
    }

    /// Packs `bytes[range]`, lowercasing ASCII capitals on the way.
    init(lowercasingASCII bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= Self.capacity else {
            self.init(bytes[range].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            return
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var k = 0
        for i in range {
            var b = UInt64(bytes[i])
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if k < 8 { low |= b << (8 * k) } else { high |= b << (8 * (k - 8)) }
            k += 1
        }
        self.init(low: low, high: high, length: UInt8(k))
    }

    private init(low: UInt64, high: UInt64, length: UInt8) {
        self.low = low
        self.high = high
        self.length = length
    }

    /// True for text too long to pack, whose letters `string` cannot give back.
    var isLong: Bool { length == Self.long }

    var isEmpty: Bool { length == 0 }

    /// Bytes of packed text (characters, for ASCII); more than `capacity` for long text.
    var count: Int { isLong ? Self.capacity + 1 : Int(length) }

    /// The packed text; empty for long text.
    var string: String {
        guard !isLong, length > 0 else { return "" }
        let n = Int(length)
        return String(unsafeUninitializedCapacity: n) { buffer in
            for k in 0..<n {
                buffer[k] = UInt8(truncatingIfNeeded: (k < 8 ? low >> (8 * k) : high >> (8 * (k - 8))))
            }
            return n
        }
    }

    var description: String { string }

    /// One word of input instead of three: vocabulary look-ups hash keys on every figure.
    func hash(into hasher: inout Hasher) {
        hasher.combine(mixed)
    }

    /// A cheap well-spread hash for the lexicon's own table (`Hasher` is built to resist
    /// attacks, which a fixed vocabulary does not need, and cost a fifth of the scan).
    var mixed: UInt64 {
        var h = low &* 0x9E37_79B9_7F4A_7C15
        h ^= (high &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F
        return h ^ (h >> 29)
    }
}

extension TokenKey {
    func hasSuffix(_ suffix: String) -> Bool { string.hasSuffix(suffix) }
}

// Vocabularies stay keyed by `String`, readable as literals; these look-ups run only
// around figures, where a packed key's string costs nothing worth measuring.
extension Dictionary where Key == String {
    subscript(_ key: TokenKey) -> Value? { key.isLong ? nil : self[key.string] }
}

extension Set where Element == String {
    func contains(_ key: TokenKey) -> Bool { !key.isLong && contains(key.string) }
}

/// Keys the recognizers compare against on every figure, built once: an array literal of
/// keys in a hot path is rebuilt on every call.
enum Keys {
    static let dashes: [TokenKey] = ["-", "–", "—"]
    static let rangeDashes: [TokenKey] = ["-", "–", "—", "~"]
    static let cuePrepositions: [TokenKey] = ["by", "to", "of"]
    /// Words before a unit or a currency sign that name it as such ("given in £", "quoted
    /// in percent"), where no number was lost.
    static let currencyNamers: [TokenKey] = ["in", "into", "as", "denominated"]
    /// Verbs before "up" that make a share, not a rise: "make up two-fifths".
    static let makeVerbs: [TokenKey] = ["make", "makes", "made", "making", "take", "takes", "took", "taking", "taken"]
    /// Verbs of movement before "up to": "edged up to 2.3%" is the level reached.
    static let motionVerbs: [TokenKey] = [
        "edged", "crept", "inched", "moved", "ticked", "went", "shot", "climbed", "rose", "jumped", "crawled", "go", "goes", "gone",
    ]
    /// Words after a figure that say which way it moved: "12% more than a year ago", "15%
    /// down on last year", "a 9% increase on last year", "a 22% fall".
    static let risingAfter: [TokenKey] = ["more", "higher", "up", "increase", "rise", "gain", "jump", "growth", "hike", "surge", "rebound", "premium"]
    static let fallingAfter: [TokenKey] = ["less", "fewer", "lower", "down", "decrease", "fall", "drop", "decline", "cut", "reduction", "slump", "discount"]
    /// Words between "of" and the whole in a partitive: "211 of the 400 seats".
    static let partitiveDeterminers: [TokenKey] = ["the", "its", "their", "his", "her", "our", "your", "my", "these", "those"]
    static let partitiveAdjectives: [TokenKey] = ["last", "first", "next", "remaining", "previous", "past"]
    static let comparatives: [TokenKey] = ["more", "higher", "less", "fewer", "lower"]
    /// Words before "over" that make "over four years" a bound ("for over 20 years"), not a span.
    static let boundOver: [TokenKey] = ["for", "in", "after", "of", "with", "just", "well", "took", "lasted", "spent", "aged"]
    /// Prepositions joining two figures of one claim: "14 goals in 19 games", "$2bn from 40 deals".
    static let pairingPrepositions: [TokenKey] = ["in", "from", "across", "over", "per"]
    /// Words that turn a bound over: "did not win more than two".
    static let negations: [TokenKey] = ["not", "never", "nt"]
    static let ordinalSuffixes: [TokenKey] = ["st", "nd", "rd", "th", "s"]
    static let subunits: [TokenKey] = ["cent", "cents", "pence", "p"]
    /// Words that may follow "40C": "hit 40C in Madrid", "40C on Tuesday", "40C and rising".
    static let afterTemperature: [TokenKey] = [
        "in", "on", "at", "and", "or", "by", "for", "to", "from", "with", "as", "during", "this",
        "last", "next", "yesterday", "today", "while", "across", "inland", "overnight",
        // "1.48C above pre-industrial levels", "2C warmer than", "1.5C of warming".
        "above", "below", "over", "under", "higher", "lower", "warmer", "colder", "hotter", "cooler",
        "than", "of", "since", "until", "after", "before", "when", "compared", "versus",
    ]
    static let sentenceEnds: [TokenKey] = [".", "!", "?"]
    static let hyphens: [TokenKey] = ["-", "–"]
    /// Punctuation that may stand where a figure was cut out: "rose to .".
    static let holePunctuation: [TokenKey] = [".", ",", ";", ":", ")"]
    static let celsius: TokenKey = "c"
    static let fahrenheit: TokenKey = "f"
    /// Punctuation after which two spaces are typography: ". ", ", ", ": ".
    static let clausePunctuation: [TokenKey] = [".", ",", ":", ";", "!", "?", ")", "\"", "”", "’"]
    /// Words that may stand before a scale with no digits: "a million", "several billion".
    static let beforeScale: [TokenKey] = [
        "a", "an", "one", "half", "quarter", "several", "few", "many", "per", "hundred", "hundreds",
        "thousand", "thousands", "multi", "tens", "of", "the", "one-and-a-half", "couple",
    ]
    /// Words after a lone "one" that make it a count: "one last time", "one more".
    static let afterOne: [TokenKey] = ["last", "more", "final", "single", "extra", "additional"]
    /// Words before "double" or "triple" that make it a verb: "set to double", "will triple".
    static let beforeVerbMultiple: [TokenKey] = ["to", "will", "would", "could", "may", "might", "can", "should", "expected", "set"]
    /// Words after "double" or "triple" naming what is multiplied: "double the budget".
    static let afterMultiple: [TokenKey] = ["the", "what", "its", "their", "that", "his", "her", "our", "in", "by", "since", "from"]
    /// Words before "one" that make it a count: "only one school", "just one vote".
    static let countingOne: [TokenKey] = ["only", "just", "exactly", "single", "than", "least", "nearly", "almost", "every"]
    /// Verbs before "twice" in set phrases: "think twice".
    static let twiceIdioms: [TokenKey] = ["think", "thinks", "thought", "thinking"]
}
