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
    /// single punctuation marks, dropping whitespace.
    static func split(_ sentence: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(Word(text: current, lower: current.lowercased(), isPunctuation: false)) }
            current = ""
        }
        let chars = Array(sentence)
        for (k, c) in chars.enumerated() {
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if "'’-.".contains(c), !current.isEmpty, k + 1 < chars.count, chars[k + 1].isLetter || chars[k + 1].isNumber {
                // "Putin's", "second-largest", "U.S" keep together.
                current.append(c)
            } else {
                flush()
                if !c.isWhitespace { words.append(Word(text: String(c), lower: String(c), isPunctuation: true)) }
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
