/// One lexical unit of the input: a number, a word or a single symbol.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        /// Digits, with grouping and decimals already folded into `number`.
        case number
        /// Letters, possibly with digits after the first letter (`G7`) or inner apostrophes.
        case word
        /// Any other single character: `%`, `$`, `€`, `-`, `(`, a quote mark.
        case symbol
        /// Digit runs that are identifiers, not amounts: `1.2.3`, `555-1234-99`.
        case code
    }

    // Offsets and digit counts are stored narrow: a token is copied and appended millions of
    // times a second, and at 80 bytes the copies cost more than the scanning.
    private var start32: UInt32
    private var end32: UInt32
    private var integerDigits16: UInt16 = 0
    var kind: Kind
    /// The token's text, lowercased for vocabulary look-ups (symbols and digits as written);
    /// `Reader.text(_:)` gives the original case.
    var lower: TokenKey
    /// The numeric value of a `.number` token.
    var number: Double = 0
    /// True when a `.number` token was written with separators or decimals (`13,000`, `2.24`).
    var isFormatted = false
    /// Whitespace stood between this token and the previous one.
    var spaceBefore = false
    /// A word whose first letter is a capital: "Reuters", "June".
    var isCapitalized = false
    /// A word with no lowercase letter: "USD", "NATO".
    var isAllCaps = false
    /// What the word can do for the recognizers; empty for most words and all non-words.
    var lex: Lexeme = []

    init(kind: Kind, start: Int, end: Int, lower: TokenKey) {
        self.kind = kind
        self.start32 = UInt32(truncatingIfNeeded: start)
        self.end32 = UInt32(truncatingIfNeeded: end)
        self.lower = lower
    }

    /// UTF-8 byte offsets in the input (which `Reader` keeps under 4 GB).
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }

    /// Count of digits in a `.number` token's integer part.
    var integerDigits: Int {
        get { Int(integerDigits16) }
        set { integerDigits16 = UInt16(clamping: newValue) }
    }

    func isSymbol(_ s: TokenKey) -> Bool { kind == .symbol && lower == s }
    func isWord(_ w: TokenKey) -> Bool { kind == .word && lower == w }
}
