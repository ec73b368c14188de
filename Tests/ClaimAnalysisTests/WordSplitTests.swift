import TestSupport
import Testing

@testable import ClaimAnalysis

/// `Word.split` on UTF-8 bytes against the scalar-array splitter it replaced.
@Suite("Word split")
struct WordSplitTests {
    /// The reference: the splitter before it moved to bytes.
    private func reference(_ sentence: String) -> [Word] {
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
                current.append(s)
            } else {
                flush()
                if !s.properties.isWhitespace { words.append(Word(text: String(s), lower: String(s), isPunctuation: true)) }
            }
        }
        flush()
        return words
    }

    @Test("Sentences of news split as before", arguments: [
        "Putin's second-largest U.S. ally said 90% of exports rose.",
        "«Цена» выросла на 12%, — сказала Ана.",
        "東京の人口は1,400万人 🚀 e\u{301}te\u{301} CAFÉ’s ½ ٣٤ Ⅻ",
        "  tabs\tand\u{A0}no-break\u{2003}spaces\n",
        "trailing-' and -dash, a.b. end.",
        "",
    ])
    func cases(_ sentence: String) {
        #expect(Word.split(sentence) == reference(sentence))
    }

    @Test("Random mixes of letters, marks, digits and punctuation split as before")
    func random() {
        var random = SplitMix64(seed: 0x5011)
        let pieces = ["a", "Z", "É", "é", "\u{301}", "ß", "Ж", "東", "5", "½", "٣", "'", "’", "-", ".", ",", " ", "\t", "\u{A0}", "🚀", "%", "$", "İ", "ǅ"]
        for _ in 0..<2_000 {
            let sentence = (0..<random.below(24)).map { _ in random.pick(pieces) }.joined()
            #expect(Word.split(sentence) == reference(sentence), "\(sentence.debugDescription)")
        }
    }
}
