/// The concept reader's view of a text: its tokens and bytes, and the word-class table's
/// address, fetched once per figure rather than once per word (a static's every use goes
/// through a lazy-initialization check, and the reader asks about a dozen words a figure).
struct ConceptReader {
    let reader: Reader
    private let slots: TokenTable<WordClass>

    // Read through the reader rather than copied: every copy of an array retains it.
    var tokens: [Token] { reader.tokens }
    var bytes: [UInt8] { reader.bytes }

    init(_ reader: Reader) {
        self.reader = reader
        slots = WordClass.slots
    }

    subscript(_ i: Int) -> Token? {
        i >= 0 && i < tokens.count ? tokens[i] : nil
    }

    /// The listed classes of a lowercased word; empty for open-class words.
    func listed(_ key: TokenKey) -> WordClass { slots[key] ?? [] }

    func readUnit(at i: Int) -> UnitMatch? { reader.readUnit(at: i) }
    func readCurrencyWord(at i: Int) -> (normalized: String, end: Int)? { reader.readCurrencyWord(at: i) }
}
