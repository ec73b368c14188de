/// A currency sign or code before an amount: "$", "US$", "US $", "€", "Rs.", "USD".
struct CurrencySign {
    var normalized: String
    var text: String
    /// Token indices covered: `first..<end`.
    var first: Int
    var end: Int
    /// False for letter codes ("USD"), which alone never signal a missing amount.
    var isSymbol: Bool
}

extension Reader {
    func readCurrencySign(at i: Int) -> CurrencySign? {
        guard let t = self[i], t.kind != .word || t.lex.contains(.currency) else { return nil }
        // Two-token forms: "US$", "US $", "C$", "Rs."
        if t.kind == .word, let next = self[i + 1], next.kind == .symbol {
            let joinedGlued = t.lower.string + next.lower.string
            if !next.spaceBefore, let n = UnitVocabulary.currencySigns[joinedGlued] {
                return CurrencySign(normalized: n, text: text(from: i, through: i + 1), first: i, end: i + 2, isSymbol: next.lower != ".")
            }
            // "C $ 16.4 million", "HK $ 10": a country's dollar written with a space, as
            // wire copy does; one-letter prefixes that are also words ("a $5 bill") need the glue.
            if next.lower == "$", let n = UnitVocabulary.dollarPrefixes[t.lower],
                !["a", "s", "r"].contains(t.lower)
            {
                return CurrencySign(normalized: n, text: text(from: i, through: i + 1), first: i, end: i + 2, isSymbol: true)
            }
        }
        if t.kind == .symbol, let n = UnitVocabulary.currencySigns[t.lower] {
            // "$US12,345,000", "$A1.5bn", "$NZ 40": the country's letters after the sign.
            if t.isSymbol("$"), let code = dollarCodeAfterSign(at: i + 1) {
                let end = code.glued ? i + 1 : i + 2
                return CurrencySign(normalized: code.normalized, text: "$" + code.letters, first: i, end: end, isSymbol: true)
            }
            return CurrencySign(normalized: n, text: t.lower.string, first: i, end: i + 1, isSymbol: true)
        }
        // Letter codes count only in capitals and before a number: "USD 5", not "rs".
        if t.kind == .word, t.isAllCaps || (t.lower == "rs" && t.isCapitalized),
            let n = UnitVocabulary.currencySigns[t.lower], self[i + 1]?.kind == .number
        {
            return CurrencySign(normalized: n, text: text(i), first: i, end: i + 1, isSymbol: false)
        }
        return nil
    }

    /// The letters of a dollar's country written right after "$", as Australian and some
    /// wire copy does: "$US12,345,000", "$A1.5bn" (letters and digits in one token, so
    /// `glued`), "$US 40 million" (letters alone, the number after them).
    private func dollarCodeAfterSign(at i: Int) -> (letters: String, normalized: String, glued: Bool)? {
        guard let t = self[i], t.kind == .word, glued(i), t.isCapitalized else { return nil }
        let letterCount = bytes[t.start..<t.end].prefix { $0 >= 0x41 && $0 <= 0x5A }.count
        guard letterCount > 0 else { return nil }
        let letters = String(decoding: bytes[t.start..<(t.start + letterCount)], as: UTF8.self)
        guard let normalized = UnitVocabulary.dollarPrefixes[letters.lowercased()] else { return nil }
        if letterCount == t.end - t.start {
            guard self[i + 1]?.kind == .number else { return nil }
            return (letters, normalized, false)
        }
        guard codeDigitsStart(at: i) != nil else { return nil }
        return (letters, normalized, true)
    }

    /// Where the digits start in a word token of capitals then digits ("US12", "A1"), which
    /// the tokenizer keeps whole as it keeps "G7"; nil for any other word.
    func codeDigitsStart(at i: Int) -> Int? {
        guard let t = self[i], t.kind == .word else { return nil }
        var k = t.start
        while k < t.end, bytes[k] >= 0x41 && bytes[k] <= 0x5A { k += 1 }
        guard k > t.start, k < t.end, bytes[k..<t.end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return k
    }

    /// A currency written after the amount: "euros", "US dollars", "yuan", "10 €".
    func readCurrencyWord(at i: Int) -> (normalized: String, end: Int)? {
        guard let t = self[i], t.lex.contains(.unitStart) || t.lex.contains(.currency) else { return nil }
        if t.kind == .symbol {
            guard let n = UnitVocabulary.currencySigns[t.lower] else { return nil }
            return (n, i + 1)
        }
        guard let longest = UnitVocabulary.currencyWordIndex.longestForm(startingWith: t.lower) else { return nil }
        for n in stride(from: longest, through: 1, by: -1) {
            if let p = phrase(at: i, length: n), let c = UnitVocabulary.currencyWords[p] {
                // "p" for pence only when glued: "50p".
                if p == "p", !glued(i) { continue }
                return (c, i + n)
            }
        }
        return nil
    }
}
