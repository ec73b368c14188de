import Quantities

/// A word or punctuation mark of a sentence, for the phrase rules of attribution and flags.
///
/// Split on UTF-8 bytes, a scalar decoded only outside ASCII.
struct Word: Hashable {
    var text: String
    var lower: String
    var isPunctuation: Bool

    var isCapitalized: Bool { !isPunctuation && (text.first?.isUppercase ?? false) }
    /// Capitalized, or a number inside a name ("24 Kanal").
    var isNamePart: Bool { isCapitalized || (text.first?.isNumber ?? false) }
}

extension Word {
    /// Splits a sentence into words (letters, digits, inner apostrophes and hyphens) and
    /// single punctuation marks, dropping whitespace. Terminal escape sequences count as
    /// whitespace: "ESC ]0;many BEL" holds no word "many" and "ESC [0m" no "0m".
    static func split(_ sentence: String) -> [Word] {
        if let blanked = EscapeSequence.blanked(sentence) { return split(scalars: blanked) }
        return split(scalars: sentence)
    }

    private static func split(scalars sentence: String) -> [Word] {
        // UTF-8 bytes, decoded to scalars only outside ASCII: grapheme breaking, Character
        // properties and a scalar array per sentence cost more than the rest of the claim
        // analysis together.
        var sentence = sentence
        return sentence.withUTF8 { b in
            var words: [Word] = []
            let n = b.count
            var start = -1
            var ascii = true
            func flush(_ end: Int) {
                guard start >= 0 else { return }
                let bytes = UnsafeBufferPointer(rebasing: b[start..<end])
                let text = String(decoding: bytes, as: UTF8.self)
                let lower = ascii ? String(unsafeUninitializedCapacity: bytes.count) { out in
                    for (k, c) in bytes.enumerated() { out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                    return bytes.count
                } : text.lowercased()
                words.append(Word(text: text, lower: lower, isPunctuation: false))
                start = -1
                ascii = true
            }
            var i = 0
            while i < n {
                let (s, width) = scalar(b, at: i)
                if isWordScalar(s) {
                    if start < 0 { start = i }
                    if width > 1 { ascii = false }
                } else if s == "'" || s == "’" || s == "-" || s == ".", start >= 0, i + width < n, isWordScalar(scalar(b, at: i + width).0) {
                    // "Putin's", "second-largest", "U.S" keep together.
                    if width > 1 { ascii = false }
                } else {
                    flush(i)
                    if !isWhitespace(s) { words.append(Word(text: String(s), lower: String(s), isPunctuation: true)) }
                }
                i += width
            }
            flush(n)
            return words
        }
    }

    /// The scalar whose UTF-8 encoding starts at `i`, and its length in bytes.
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        // A String's bytes are valid UTF-8: the lead byte gives the length.
        let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        var v = UInt32(c) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", width)
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    private static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }
}

extension Array where Element == Word {
    /// True when the lowercased words `phrase` occur in order, adjacent.
    func contains(phrase: [String]) -> Bool {
        firstIndex(of: phrase) != nil
    }

    func firstIndex(of phrase: [String]) -> Int? {
        guard !phrase.isEmpty, phrase.count <= count else { return nil }
        outer: for start in 0...(count - phrase.count) {
            for (k, p) in phrase.enumerated() where self[start + k].lower != p { continue outer }
            return start
        }
        return nil
    }
}
