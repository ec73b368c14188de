/// Splits a paragraph into sentences, surviving abbreviations, decimals, initials and
/// closing quotes.
enum SentenceSplitter {
    /// Words that end with a full stop without ending a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "col",
        "lt", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "vs", "etc", "e.g", "i.e",
        "inc", "ltd", "co", "corp", "no", "nos", "fig", "approx", "est", "dept", "univ",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "ph.d", "mt", "ft", "ave", "blvd", "rd",
    ]
    private static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]

    /// The sentences of `paragraph` as ranges of its characters.
    static func split(_ paragraph: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = paragraph.startIndex
        var i = paragraph.startIndex
        while i < paragraph.endIndex {
            let c = paragraph[i]
            guard c == "." || c == "!" || c == "?" || c == "…" else {
                i = paragraph.index(after: i)
                continue
            }
            var end = paragraph.index(after: i)
            // Runs of terminators ("?!", "...") and closing quotes stay with the sentence.
            while end < paragraph.endIndex, ".!?…".contains(paragraph[end]) || closers.contains(paragraph[end]) {
                end = paragraph.index(after: end)
            }
            if end == paragraph.endIndex { break }
            guard paragraph[end].isWhitespace, isBoundary(paragraph, period: i, next: end) else {
                i = end
                continue
            }
            result.append(start..<end)
            var next = end
            while next < paragraph.endIndex, paragraph[next].isWhitespace { next = paragraph.index(after: next) }
            start = next
            i = next
        }
        if start < paragraph.endIndex {
            var end = paragraph.endIndex
            while end > start, paragraph[paragraph.index(before: end)].isWhitespace { end = paragraph.index(before: end) }
            if start < end { result.append(start..<end) }
        }
        return result
    }

    private static func isBoundary(_ text: String, period: String.Index, next: String.Index) -> Bool {
        // What follows must open a sentence: a capital, a digit, or an opening quote.
        var k = next
        while k < text.endIndex, text[k].isWhitespace { k = text.index(after: k) }
        guard k < text.endIndex else { return true }
        let first = text[k]
        guard first.isUppercase || first.isNumber || "\"“‘'(«".contains(first) else { return false }
        guard text[period] == "." else { return true }
        // The word before the full stop: an abbreviation or a single initial does not end it.
        var w = period
        while w > text.startIndex {
            let before = text.index(before: w)
            if text[before].isLetter || text[before] == "." { w = before } else { break }
        }
        let word = text[w..<period].lowercased()
        if abbreviations.contains(word) { return false }
        if word.count == 1, text[w].isUppercase { return false }
        return true
    }
}
