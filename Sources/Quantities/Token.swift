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

    var kind: Kind
    /// UTF-8 byte offsets in the input.
    var start: Int
    var end: Int
    /// The token's text; lowercased copy in `lower` for vocabulary look-ups.
    var text: String
    var lower: String
    /// The numeric value of a `.number` token.
    var number: Double = 0
    /// True when a `.number` token was written with separators or decimals (`13,000`, `2.24`).
    var isFormatted = false
    /// Count of digits in a `.number` token's integer part.
    var integerDigits = 0
    /// Whitespace stood between this token and the previous one.
    var spaceBefore = false

    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    func isWord(_ w: String) -> Bool { kind == .word && lower == w }
}
