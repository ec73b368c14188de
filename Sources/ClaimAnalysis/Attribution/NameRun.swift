/// A run of capitalized words naming someone or something: "Treasury Secretary Janet
/// Yellen", "Secretary of State Antony Blinken", "24 Kanal", "the Lindenport Ledger".
struct NameRun {
    /// The name's words as written, without a leading article or sentence opener.
    var parts: [String]
    /// Index of the name's first word in the sentence.
    var start: Int
    /// Index after the name's last word.
    var end: Int
    /// "the" stands right before the name ("the NATO Secretary General", "The New York Times").
    var hasArticle: Bool
    /// Nothing but punctuation (an opening quote) before the name: a capital there may only open the sentence.
    var atSentenceStart: Bool

    var text: String { parts.joined(separator: " ") }

    /// Index of the word before the name and its article, or -1.
    var wordBefore: Int { start - (hasArticle ? 2 : 1) }

    /// The capitalized words that end right before `end`, dropping sentence openers and
    /// dates from the front ("In March Okafor" → "Okafor", "As Reuters" → "Reuters").
    static func backward(in words: [Word], before end: Int) -> NameRun? {
        var k = end - 1
        while k >= 0 {
            let w = words[k]
            if w.isCapitalized {
                k -= 1
            } else if k < end - 1, k > 0, SpeakerVocabulary.nameParticles.contains(w.lower), capitalBeforeParticles(k, in: words) {
                // "Ursula von der Leyen": particles after a capital, one or more.
                k -= 1
            } else if k < end - 1, k > 0, words[k - 1].isCapitalized, joinsName(w, after: words[k - 1]) {
                k -= 1
            } else {
                break
            }
        }
        var start = k + 1
        guard start < end else { return nil }
        // "the Department for Work and Pensions", "the Department of Health and Social Care"
        if k > 0, words[k].lower == "and", words[k - 1].isCapitalized, let left = backward(in: words, before: k), left.end == k,
            isBodyWithLink(left.parts)
        {
            start = left.start
            k = start - 1
        }
        if k >= 0, words[k].isDigits {
            if Outlets.isKnown(([words[k].text] + words[start..<end].map(\.text)).joined(separator: " ")) {
                // "24 Kanal": a known outlet.
                start = k
            } else if isStageNameNumber(at: k, in: words), end - start == 1, !words[start].lower.hasSuffix("s") {
                // "50 Cent", "rapper 21 Savage": a performer's name holds the number.
                start = k
            } else if !isSeparatingNumber(at: k, in: words) {
                // "40 Britons said", "3 Doors Down": either the whole name or none, never a fragment.
                return nil
            }
        }
        var run = NameRun(words: words, start: start, end: end)
        run.trimOpeners(in: words)
        return run.parts.isEmpty ? nil : run
    }

    /// A capitalized word before the particles that end at `k`: "Ursula" before "von der".
    private static func capitalBeforeParticles(_ k: Int, in words: [Word]) -> Bool {
        var i = k - 1
        while i >= 0, SpeakerVocabulary.nameParticles.contains(words[i].lower), k - i < 3 { i -= 1 }
        return i >= 0 && words[i].isCapitalized
    }

    /// "Department for Work", "Ministry of Health": a body's name with its "for" or "of", which
    /// an "and" may continue ("… and Pensions", "… and Social Care").
    static func isBodyWithLink(_ parts: [String]) -> Bool {
        guard let first = parts.first, SpeakerVocabulary.takesForInName.contains(first) || SpeakerVocabulary.organizationWords.contains(first) else { return false }
        return parts.contains("for") || parts.contains("of")
    }

    /// "for" inside a body's name: "Office for National Statistics", "Department for Transport".
    static func joinsName(_ word: Word, after previous: Word) -> Bool {
        word.lower == "for" && SpeakerVocabulary.takesForInName.contains(previous.text)
    }

    /// A number of one to three digits that may open a performer's name: at the start of the
    /// sentence, or after a lowercase word or a comma ("rapper 50 Cent", "…, 50 Cent said").
    private static func isStageNameNumber(at k: Int, in words: [Word]) -> Bool {
        guard words[k].text.utf8.count <= 3 else { return false }
        guard k > 0 else { return true }
        let before = words[k - 1]
        if before.isPunctuation { return before.text != "," || k < 2 || !words[k - 2].isDigits }
        return !before.isCapitalized && !SpeakerVocabulary.isTimeWord(before.lower) && !SpeakerVocabulary.openers.contains(before.lower)
    }

    /// A number that ends a date or a year before a name: "In 2024 Okafor said", "On March 3 Okafor said".
    private static func isSeparatingNumber(at k: Int, in words: [Word]) -> Bool {
        if words[k].text.utf8.count == 4 { return true }
        return k > 0 && SpeakerVocabulary.months.contains(words[k - 1].lower)
    }

    /// The name that starts at `start` ("explained Jens Stoltenberg", "writes 24 Kanal"), or
    /// after a "the" when `allowArticle` ("told the Lindenport Ledger").
    static func forward(in words: [Word], from start: Int, allowArticle: Bool = false) -> NameRun? {
        guard start < words.count else { return nil }
        var first = start
        var hasArticle = false
        if allowArticle, words[first].lower == "the", first + 1 < words.count, words[first + 1].isNamePart {
            first += 1
            hasArticle = true
        }
        var k = first
        while k < words.count {
            let w = words[k]
            if w.isNamePart {
                k += 1
            } else if k > first, k + 1 < words.count,
                words[k + 1].isCapitalized || (k + 2 < words.count && SpeakerVocabulary.nameParticles.contains(words[k + 1].lower) && words[k + 2].isCapitalized),
                SpeakerVocabulary.nameParticles.contains(w.lower) || joinsName(w, after: words[k - 1])
                    || (w.lower == "and" && isBodyWithLink(words[first..<k].map(\.text)))
            {
                k += 1
            } else {
                break
            }
        }
        guard k > first, words[first..<k].contains(where: { $0.text.first?.isLetter ?? false }) else { return nil }
        // "said Monday", "said March 3": a date, not a name.
        guard !words[first..<k].allSatisfy({ SpeakerVocabulary.isTimeWord($0.lower) || $0.text.first?.isNumber == true }) else { return nil }
        var run = NameRun(words: words, start: first, end: k)
        run.hasArticle = hasArticle
        return run
    }

    private init(words: [Word], start: Int, end: Int) {
        parts = words[start..<end].map(\.text)
        self.start = start
        self.end = end
        hasArticle = start > 0 && words[start - 1].lower == "the"
        atSentenceStart = words[..<start].allSatisfy(\.isPunctuation)
    }

    private mutating func trimOpeners(in words: [Word]) {
        var trimmedOpener = false
        while let first = parts.first, !Self.isAcronym(first) {
            let lower = first.lowercased()
            // A month or weekday is dropped only behind an opener ("In March Okafor",
            // "On Monday Reyes"), so that "Jan Novak" and "May" as a name survive.
            let isOpener = SpeakerVocabulary.openers.contains(lower)
            guard isOpener || (trimmedOpener && SpeakerVocabulary.isTimeWord(lower)), !Outlets.isKnown(text) else { break }
            trimmedOpener = trimmedOpener || isOpener
            parts.removeFirst()
            start += 1
        }
        hasArticle = start > 0 && words[start - 1].lower == "the"
    }

    /// "WHO", "IT": capitals throughout are a name, never a sentence opener.
    /// "CSO", "ONS": capitals throughout, at least two letters.
    static func isAcronym(_ word: Word) -> Bool {
        !word.isPunctuation && isAcronym(word.text)
    }

    /// "WHO", "IT": capitals throughout are a name, never a sentence opener.
    static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
}

extension Word {
    /// `isCapitalized` read from the first scalar, with an ASCII fast path: for the passes
    /// over every word of every sentence (people named, names seen).
    var startsCapitalized: Bool {
        guard !isPunctuation, let first = text.unicodeScalars.first else { return false }
        if first.isASCII { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase || first.properties.changesWhenLowercased
    }

    /// Digits only: "50", "2024" (a figure split at its comma gives "1" and "300").
    var isDigits: Bool {
        !isPunctuation && !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
