import Quantities

/// Splits a paragraph into sentences, surviving abbreviations, decimals, initials, URLs,
/// ellipses, quotes and brackets.
///
/// One forward pass over the characters (no regular expressions): a sentence can end only
/// at a run of terminators (`.`, `!`, `?`, `…`) that is followed by whitespace; closing
/// quotes and brackets right after the run stay with the sentence (`"Prices rose 5%."`,
/// `It rose 3%.)`). Whether that candidate is a boundary is decided by the word before the
/// terminator and the word after the whitespace, each read once, so the pass stays linear.
///
/// The rules, in the order they are tried:
/// 1. What follows must be able to open a sentence: an uppercase letter or a digit,
///    possibly behind opening quotes or brackets (`"`, `“`, `‘`, `(`, `[`, `«`) or a
///    currency sign. "He left... and came back" and "He won. and then lost" stay whole.
/// 2. `?`, `!` and `…` end the sentence, except that `"Why now?" Jane Doe asked.` stays
///    whole: after a question or exclamation closed by a quote, a speech verb ("said",
///    "asked", …) within the next four words makes the quote part of the attribution.
/// 3. Before a `.`, the word (the non-space run, stripped of quotes and brackets) decides:
///    - a title or connective (`Mr.`, `Dr.`, `Sen.`, `Gen.`, `vs.`, `e.g.`, `approx.`…)
///      never ends a sentence;
///    - `No.`, `Fig.`, `Vol.`, `pp.` before a number never end one ("No. 5");
///    - an abbreviation that can close a sentence (`U.S.`, `Inc.`, `etc.`, `p.m.`, month
///      abbreviations, any dotted single-letter acronym such as `D.C.`) or a single capital
///      initial (`J. K. Rowling`, `George W. Bush`) ends one only when a common
///      sentence-opening word follows (`sentenceOpeners`: "The", "A", "He", "It", "In",
///      "But", "And", …), so "in the U.S. The next day" splits but "the U.S. Treasury",
///      "Jan. 2024" and "A. A. Milne" do not;
///    - a bare number that opens the sentence is a list marker ("1. The first step");
///    - any other word ends the sentence (URLs and e-mails such as "example.com" or
///      "j.doe@example.org" never do, as their inner dots are not followed by a space).
///
/// Quoted passages: a sentence that ends inside quotes is split there, so
/// `"Prices rose. They will fall," she said.` gives `"Prices rose.` and
/// `They will fall," she said.`: the attribution stays with the last quoted sentence and
/// the opening quote with the first. Brackets are treated the same way.
///
/// Terminal escape sequences (`EscapeSequence`) are read whole and end no sentence: an OSC
/// window title such as "ESC ]0;Report. Up 5% BEL" stays inside the sentence around it, where
/// the extractor skips it, instead of leaving "Up 5%" to open a sentence of its own.
///
/// Every character of the paragraph except the whitespace between sentences belongs to
/// exactly one sentence, in order; empty or whitespace-only paragraphs give no sentences.
enum SentenceSplitter {
    /// Titles and connectives: a full stop after them never ends a sentence.
    private static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "dr", "drs", "prof", "sen", "sens", "rep", "reps", "gov", "gen",
        "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "insp",
        "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "mt",
    ]
    /// Abbreviations that a sentence can end with: a boundary only before a sentence opener.
    private static let mayEnd: Set<String> = Set([
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "ph.d", "jr", "sr", "inc", "ltd", "co",
        "corp", "bros", "plc", "etc", "est", "al", "st", "dept", "univ", "ave", "blvd", "rd", "ft",
    ]).union(CalendarWords.monthAbbreviations)
    /// Abbreviations that never end a sentence when a number follows ("No. 5", "Fig. 3");
    /// elsewhere they are read as ordinary words ("Was it true? No. The figures…").
    private static let beforeNumber: Set<String> = ["no", "nos", "fig", "figs", "vol", "pp", "p", "art"]
    /// Capitalized words that commonly open a sentence. After an abbreviation or an initial
    /// that could end a sentence, only these make a boundary: "in the U.S. The next day"
    /// splits, "the U.S. Treasury" does not. Names are deliberately absent (a name after
    /// "Inc." or "Jr." usually continues the sentence), and so are "May" and "Will".
    private static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "there", "here", "his", "her", "its", "their", "our", "my", "in", "on", "at", "by", "for",
        "from", "with", "after", "before", "during", "when", "while", "as", "if", "since", "although",
        "though", "but", "and", "or", "so", "yet", "then", "however", "meanwhile", "still", "also",
        "now", "today", "yesterday", "last", "next", "some", "many", "most", "such", "what", "why",
        "how", "who", "where", "according", "under", "despite", "instead", "officials",
    ]
    /// Verbs of attribution: `"Why now?" Smith asked.` is one sentence.
    private static let speechVerbs: Set<String> = [
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
        "replied", "replies", "shouted", "cried", "exclaimed", "wondered", "demanded", "insisted",
        "declared", "tweeted", "posted", "joked", "quipped", "recalled", "explained", "answered",
    ]
    private static let terminators: Set<Character> = [".", "!", "?", "…"]
    private static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»", "›"]
    private static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«", "‹", "„", "¿", "¡"]
    private static let currencySigns: Set<Character> = ["$", "€", "£", "¥", "₴", "₽", "₹", "#"]

    /// The sentences of `paragraph` as ranges of its characters, trimmed of whitespace.
    static func split(_ paragraph: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        let endIndex = paragraph.endIndex
        var start = skipWhitespace(paragraph, from: paragraph.startIndex)
        var i = start
        // Looked for once per paragraph, so that text without escapes pays one byte scan.
        let hasEscapes = EscapeSequence.occurs(in: paragraph)
        while i < endIndex {
            if !hasEscapes {
                // Most characters are no terminator: find the next one on the bytes, and
                // read `Character`s only there.
                guard let t = nextTerminator(in: paragraph, from: i) else { break }
                i = t
            }
            let c = paragraph[i]
            guard terminators.contains(c) else {
                i = hasEscapes ? afterEscape(paragraph, at: i) : paragraph.index(after: i)
                continue
            }
            var end = paragraph.index(after: i)
            // Runs of terminators ("?!", "...") and closing quotes stay with the sentence.
            while end < endIndex, terminators.contains(paragraph[end]) || closers.contains(paragraph[end]) {
                end = paragraph.index(after: end)
            }
            guard end < endIndex else { break }
            guard paragraph[end].isWhitespace else {
                i = end
                continue
            }
            let next = skipWhitespace(paragraph, from: end)
            guard next < endIndex else { break }
            if isBoundary(paragraph, sentenceStart: start, terminator: i, runEnd: end, next: next) {
                result.append(start..<end)
                start = next
            }
            i = next
        }
        if start < endIndex {
            var end = endIndex
            while end > start, paragraph[paragraph.index(before: end)].isWhitespace { end = paragraph.index(before: end) }
            if start < end { result.append(start..<end) }
        }
        return result
    }

    /// The first character at or after `index` that may be a terminator: a `.`, `!`, `?`
    /// or `…` that starts a `Character` (one followed by a combining mark is a different
    /// `Character`, which the caller's check turns down). Nil when there is none.
    private static func nextTerminator(in text: String, from index: String.Index) -> String.Index? {
        let utf8 = text.utf8
        var k = index
        while k < utf8.endIndex {
            let b = utf8[k]
            let candidate = b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
                || (b == 0xE2 && isEllipsis(utf8, at: k))
            if candidate, let aligned = String.Index(k, within: text) { return aligned }
            k = utf8.index(after: k)
        }
        return nil
    }

    /// Whether the bytes at `k` are U+2026 HORIZONTAL ELLIPSIS (E2 80 A6).
    private static func isEllipsis(_ utf8: String.UTF8View, at k: String.Index) -> Bool {
        let second = utf8.index(after: k)
        guard second < utf8.endIndex, utf8[second] == 0x80 else { return false }
        let third = utf8.index(after: second)
        return third < utf8.endIndex && utf8[third] == 0xA6
    }

    /// The character after the one at `index`, or after the whole escape sequence that starts
    /// there.
    private static func afterEscape(_ text: String, at index: String.Index) -> String.Index {
        var next = text.index(after: index)
        guard let end = EscapeSequence.end(in: text.utf8, at: index) else { return next }
        // The sequence ends on a scalar boundary; walk characters up to it, as a combining
        // mark after its last byte would join that byte's character.
        while next < end { next = text.index(after: next) }
        return next
    }

    private static func skipWhitespace(_ text: String, from index: String.Index) -> String.Index {
        var k = index
        while k < text.endIndex, text[k].isWhitespace { k = text.index(after: k) }
        return k
    }

    /// Whether the terminator run `terminator..<runEnd`, followed by whitespace and then the
    /// non-space character at `next`, ends the sentence that began at `sentenceStart`.
    private static func isBoundary(
        _ text: String, sentenceStart: String.Index, terminator: String.Index, runEnd: String.Index, next: String.Index
    ) -> Bool {
        // 1. The next sentence must open with a capital or a digit (behind opening marks).
        var k = next
        while k < text.endIndex, openers.contains(text[k]) || currencySigns.contains(text[k]) { k = text.index(after: k) }
        guard k < text.endIndex else { return false }
        let first = text[k]
        guard first.isUppercase || first.isNumber else { return false }
        let nextWord = word(in: text, at: k)

        // 2. Question and exclamation marks, ellipses.
        guard text[terminator] == "." else {
            if text[terminator] != "…", closers.contains(text[text.index(before: runEnd)]),
                speechVerbFollows(text, from: next)
            {
                return false
            }
            return true
        }

        // 3. The word before the full stop.
        var w = terminator
        while w > sentenceStart, !text[text.index(before: w)].isWhitespace { w = text.index(before: w) }
        var wordEnd = terminator
        while w < wordEnd, openers.contains(text[w]) { w = text.index(after: w) }
        while wordEnd > w, closers.contains(text[text.index(before: wordEnd)]) { wordEnd = text.index(before: wordEnd) }
        let before = text[w..<wordEnd]
        guard !before.isEmpty else { return true }
        let opensSentence = nextWord.map { sentenceOpeners.contains($0.lowercased()) } ?? false
        // A single capital is an initial ("J. K. Rowling") unless a sentence opener follows
        // ("Plan B. The board agreed").
        if before.count == 1, let letter = before.first, letter.isUppercase { return opensSentence }
        let lower = before.lowercased()
        if neverFinal.contains(lower) { return false }
        if beforeNumber.contains(lower), first.isNumber { return false }
        if mayEnd.contains(lower) || isDottedAcronym(before) { return opensSentence }
        // A list marker: "1. The first step".
        if w == sentenceStart, before.allSatisfy(\.isNumber) { return false }
        return true
    }

    /// The letters starting at `index`, or nil when they are an initial ("A." in "A. A. Milne").
    private static func word(in text: String, at index: String.Index) -> Substring? {
        var k = index
        while k < text.endIndex, text[k].isLetter { k = text.index(after: k) }
        guard k > index else { return nil }
        if k < text.endIndex, text[k] == "." { return nil }
        return text[index..<k]
    }

    /// "D.C", "U.S.A", "a.m": single letters joined by full stops.
    private static func isDottedAcronym(_ word: Substring) -> Bool {
        var letters = 0
        var expectLetter = true
        for c in word {
            if expectLetter {
                guard c.isLetter else { return false }
                letters += 1
            } else if c != "." {
                return false
            }
            expectLetter.toggle()
        }
        return letters >= 2 && !expectLetter
    }

    /// True when, within the next four words and before any other punctuation, a speech verb
    /// follows: the words after a quoted question are its attribution.
    private static func speechVerbFollows(_ text: String, from index: String.Index) -> Bool {
        var k = index
        for _ in 0..<4 {
            k = skipWhitespace(text, from: k)
            let wordStart = k
            while k < text.endIndex, text[k].isLetter || text[k] == "-" || text[k] == "'" || text[k] == "’" || text[k] == "." {
                k = text.index(after: k)
            }
            guard k > wordStart else { return false }
            var word = text[wordStart..<k]
            while word.last == "." { word = word.dropLast() }
            if speechVerbs.contains(word.lowercased()) { return true }
            guard k < text.endIndex, text[k].isWhitespace else { return false }
        }
        return false
    }
}
