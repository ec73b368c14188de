/// Which words of a sentence stand inside quotation marks, given whether a quotation was
/// still open when the sentence began.
///
/// Marks: straight `"`, curly `“ ”`, guillemets `« »` and the low opening `„` (closed by
/// `“` or `”`). Single quotes are left alone: they are mostly apostrophes. Straight and
/// ambiguous marks are told apart by their spacing (`said, "Prices` opens; `costs," Okafor`
/// closes) and, failing that, by whether a quotation is open. A closing mark with no opening
/// one right after punctuation ("…but global,” explained Jens Stoltenberg") means the
/// sentence began inside a quotation opened earlier, so everything before it is quoted; after
/// a letter or digit ("a 6" pipe") it is ignored.
struct QuoteScan {
    /// Per word of `Word.split(sentence)`: inside a quotation. Quotation marks themselves are not.
    private(set) var inside: [Bool]
    /// The sentence begins with an opening quotation mark: `"It will reach 70% by 2028."`.
    private(set) var opensWithQuote = false
    /// The sentence begins inside a quotation opened in an earlier sentence.
    private(set) var continuesQuote = false
    /// A quotation is still open when the sentence ends.
    private(set) var openAtEnd = false

    /// Some word of the sentence is quoted.
    var hasQuote: Bool { inside.contains(true) }

    static let marks: Set<Character> = ["\"", "“", "”", "«", "»", "„"]

    init(sentence: String, words: [Word], openAtStart: Bool) {
        inside = Array(repeating: false, count: words.count)
        var kinds = Self.markKinds(in: sentence).makeIterator()
        var open = openAtStart
        var opener: Character? = openAtStart ? "\"" : nil
        var afterLastMark = 0
        var sawWord = false
        for (i, word) in words.enumerated() {
            guard word.isPunctuation, let mark = word.text.first, Self.marks.contains(mark) else {
                inside[i] = open
                if !word.isPunctuation, !sawWord {
                    sawWord = true
                    continuesQuote = open && openAtStart && !opensWithQuote
                }
                continue
            }
            let (spacing, afterPunctuation) = kinds.next() ?? (.unclear, false)
            let opens: Bool
            switch mark {
            case "«", "„": opens = true
            case "»": opens = false
            case "”": opens = !open && spacing == .opening
            case "“":
                // "„Text“" and a stray "desperation “." both close; otherwise “ opens.
                opens = opener == "„" ? false : spacing == .opening || (spacing == .unclear && !open)
            default:
                opens = spacing == .opening || (spacing == .unclear && !open)
            }
            if opens {
                if !sawWord { opensWithQuote = true }
                open = true
                opener = mark
            } else if open {
                open = false
                opener = nil
            } else if afterPunctuation {
                // A closing mark with no opening one, right after the quotation's last comma or
                // full stop: the quotation began in an earlier sentence.
                for k in afterLastMark..<i where !Self.isMark(words[k]) { inside[k] = true }
                if !opensWithQuote { continuesQuote = true }
            } else {
                // An inch mark or a stray quote ("a 6" pipe"): no quotation.
                continue
            }
            afterLastMark = i + 1
        }
        openAtEnd = open
    }

    private static func isMark(_ word: Word) -> Bool {
        word.isPunctuation && word.text.first.map(marks.contains) == true
    }

    private enum Spacing { case opening, closing, unclear }

    /// How each quotation mark of the sentence sits between its neighbours, in order; one
    /// entry per mark, matching the punctuation words `Word.split` makes of them.
    ///
    /// Read by Unicode scalar, not by Character: grapheme breaking cost a tenth of the whole
    /// claim analysis here, and every mark and neighbour that matters is one scalar.
    private static func markKinds(in sentence: String) -> [(Spacing, afterPunctuation: Bool)] {
        var kinds: [(Spacing, afterPunctuation: Bool)] = []
        var before: Unicode.Scalar?
        var iterator = sentence.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let c = current {
            let after = iterator.next()
            if isMarkScalar(c) {
                let spaceBefore = before.map { isSpace($0) || "([{—–-/".unicodeScalars.contains($0) || isMarkScalar($0) } ?? true
                let spaceAfter = after.map(isSpace) ?? true
                let wordAfter = after.map { isLetterOrDigit($0) || "‘'$€£¥…".unicodeScalars.contains($0) } ?? false
                let afterPunctuation = before.map { ",.!?…;:".unicodeScalars.contains($0) } ?? false
                if spaceBefore, wordAfter {
                    kinds.append((.opening, afterPunctuation))
                } else if !spaceBefore, spaceAfter || after.map({ isPunctuationScalar($0) && !isMarkScalar($0) }) == true {
                    kinds.append((.closing, afterPunctuation))
                } else {
                    kinds.append((.unclear, afterPunctuation))
                }
            }
            before = c
            current = after
        }
        return kinds
    }

    private static func isMarkScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "“", "”", "«", "»", "„": true
        default: false
        }
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0x0B || s.value == 0x0C : s.properties.isWhitespace
    }

    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value | 0x20
            return (s.value >= 0x30 && s.value <= 0x39) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private static func isPunctuationScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
