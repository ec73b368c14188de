import Quantities

/// A word or punctuation mark of a sentence, for the phrase rules of attribution and flags.
///
/// These rules run on sentences that already hold a figure, a small share of any text, so
/// plain `Character` scanning is fast enough here; the hot path is the quantity scanner.
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
        // Unicode scalars, not Characters: grapheme breaking and Character properties cost
        // more than the rest of the claim analysis together. ASCII takes a fast path.
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                let text = String(current)
                words.append(Word(text: text, lower: text.lowercased(), isPunctuation: false))
            }
            current = String.UnicodeScalarView()
        }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII {
                let v = s.value
                return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
            }
            let p = s.properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        }
        let scalars = Array(sentence.unicodeScalars)
        for (k, s) in scalars.enumerated() {
            if isWordScalar(s) {
                current.append(s)
            } else if s == "'" || s == "’" || s == "-" || s == ".", !current.isEmpty, k + 1 < scalars.count, isWordScalar(scalars[k + 1]) {
                // "Putin's", "second-largest", "U.S" keep together.
                current.append(s)
            } else {
                flush()
                if !s.properties.isWhitespace { words.append(Word(text: String(s), lower: String(s), isPunctuation: true)) }
            }
        }
        flush()
        return words
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
