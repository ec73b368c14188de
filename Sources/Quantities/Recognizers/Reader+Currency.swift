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
            if t.lower == "us", next.lower == "$", let n = UnitVocabulary.currencySigns["us $"] {
                return CurrencySign(normalized: n, text: text(from: i, through: i + 1), first: i, end: i + 2, isSymbol: true)
            }
        }
        if t.kind == .symbol, let n = UnitVocabulary.currencySigns[t.lower] {
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

    /// A currency written after the amount: "euros", "US dollars", "yuan".
    func readCurrencyWord(at i: Int) -> (normalized: String, end: Int)? {
        guard let t = self[i], t.lex.contains(.unitStart) else { return nil }
        for n in stride(from: 2, through: 1, by: -1) {
            if let p = phrase(at: i, length: n), let c = UnitVocabulary.currencyWords[p] {
                // "p" for pence only when glued: "50p".
                if p == "p", !glued(i) { continue }
                // Codes like "USD" only in capitals.
                if ["usd", "eur", "gbp"].contains(p), !tokens[i].isAllCaps { continue }
                return (c, i + n)
            }
        }
        return nil
    }
}
