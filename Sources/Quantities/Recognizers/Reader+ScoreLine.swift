/// Score lines and tallies: "won 2-0", "a 9-2 lead", "6-3 6-4", "voted 5-3". They are
/// results, not quantities, and CQE's convention leaves them out.
enum ScoreWords {
    /// Words near a pair of numbers that make it a result, before it ("won 3-1") or after
    /// it ("a 9-2 lead", "the 2-1 defeat").
    static let context: TokenSet = [
        "won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing",
        "drew", "draw", "draws", "defeat", "defeats", "defeated", "victory", "victories", "lead", "leads",
        "led", "leading", "trail", "trails", "trailed", "trailing", "thrashed", "thrashing", "edged",
        "routed", "rout", "triumph", "scoreline", "aggregate", "voted", "vote", "votes", "tally", "tie",
        "tied", "comeback",
    ]

    /// Verbs before a tally written with "to": "passed 9 to 2", "voted 7 to 1", "won 3 to 1".
    static let tallyVerbs: TokenSet = [
        "passed", "voted", "vote", "carried", "approved", "rejected", "backed", "won", "lost", "beat",
        "defeated", "upheld", "ruled", "decided", "split",
    ]
}

extension Reader {
    /// The index after a score line starting at token `i`, or nil: two small whole numbers
    /// joined by a hyphen or dash with no space, no unit after them, and either a falling
    /// pair ("2-0", which no range does) or a result word within four words ("lost 2-3").
    func scoreLineEnd(at i: Int) -> Int? {
        if let end = tallyEnd(at: i) { return end }
        guard let a = self[i], a.kind == .number, !a.isFormatted, a.integerDigits <= 3,
            let dash = self[i + 1], dash.kind == .symbol, Keys.dashes.contains(dash.lower), glued(i + 1),
            let b = self[i + 2], b.kind == .number, !b.isFormatted, b.integerDigits <= 3, glued(i + 2)
        else { return nil }
        var end = i + 3
        // "7-6 (7-4)": the tie-break in brackets belongs to the set.
        if self[end]?.isSymbol("(") == true, scoreLineEnd(at: end + 1) != nil, self[end + 4]?.isSymbol(")") == true {
            end += 5
        }
        if readUnit(at: i + 3) != nil || readCurrencyWord(at: i + 3) != nil { return nil }
        if self[i + 3]?.isSymbol("-") == true, glued(i + 3) { return nil }
        let falling = b.number <= a.number
        // "led 3-5 teams" counts teams: a rising pair before a noun is a range.
        if !falling, readCountNoun(at: end, plural: true) != nil { return nil }
        // Tennis sets come in runs: "6-3 6-4", "6-3, 4-6".
        let run = isPair(at: end) || isPair(at: end + 1) || isPair(at: i - 3) || isPair(at: i - 4)
        if falling || run || hasResultWord(around: i, end: end) { return end }
        return nil
    }

    /// "The vote passed 9 to 2", "the board voted 7 to 1": a falling pair joined by "to"
    /// after a word of voting or winning.
    private func tallyEnd(at i: Int) -> Int? {
        guard let a = self[i], a.kind == .number, !a.isFormatted, a.integerDigits <= 3, self[i + 1]?.isWord("to") == true,
            let b = self[i + 2], b.kind == .number, !b.isFormatted, b.integerDigits <= 3, b.number < a.number,
            readUnit(at: i + 3) == nil, readCountNoun(at: i + 3, plural: true) == nil
        else { return nil }
        for k in max(0, i - 3)..<i where tokens[k].kind == .word && ScoreWords.tallyVerbs.contains(tokens[k].lower) { return i + 3 }
        return nil
    }

    private func isPair(at k: Int) -> Bool {
        guard k >= 0, let a = self[k], a.kind == .number, !a.isFormatted, a.integerDigits <= 2,
            let dash = self[k + 1], dash.kind == .symbol, Keys.dashes.contains(dash.lower), glued(k + 1),
            let b = self[k + 2], b.kind == .number, !b.isFormatted, b.integerDigits <= 2, glued(k + 2)
        else { return false }
        return true
    }

    private func hasResultWord(around i: Int, end: Int) -> Bool {
        for k in max(0, i - 4)..<i where tokens[k].kind == .word && ScoreWords.context.contains(tokens[k].lower) { return true }
        for k in end..<min(count, end + 3) where tokens[k].kind == .word && ScoreWords.context.contains(tokens[k].lower) { return true }
        return false
    }
}
