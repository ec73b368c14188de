/// A unit written after a number, found by longest match against `UnitVocabulary.units`.
struct UnitMatch {
    var entry: UnitEntry
    var end: Int
}

extension Reader {
    private static let spacedLetters: Set<String> = ["m", "g", "l", "t"]
    private static let edNouns: Set<String> = ["hundred", "breed", "breeds", "speed", "steed", "creed", "seabed", "sickbed", "hotbed", "watershed"]

    /// A capital C or F glued to a plausible temperature and followed by no noun.
    private func isTemperatureLetter(at i: Int) -> Bool {
        guard glued(i), tokens[i].isCapitalized, let number = self[i - 1], number.kind == .number, number.number <= 140 else { return false }
        guard let next = self[i + 1] else { return true }
        if next.kind == .word { return Keys.afterTemperature.contains(next.lower) }
        return !next.isSymbol("/")
    }

    func readUnit(at i: Int) -> UnitMatch? {
        guard let first = self[i], first.kind == .symbol || (first.kind == .word && first.lex.contains(.unitStart)),
            let longest = UnitVocabulary.unitIndex.longestForm(startingWith: first.lower)
        else { return nil }
        for n in stride(from: longest, through: 1, by: -1) {
            guard let p = phrase(at: i, length: n), let entry = UnitVocabulary.units[p] else { continue }
            // One-letter units ("m", "g", "l", "t", "w", "v") and "in"-like short forms must be
            // glued to the number or they read ordinary words ("5 m" stays, "a 5 g" is rare).
            // A lowercase metric letter standing alone is a unit too: "a 1.8 m wall".
            // Two-letter symbols may stand apart ("50 mg", "1.7 eV") unless they are also
            // words or initials ("cc").
            let spacedMetric = p.count == 1 && (Self.spacedLetters.contains(p) && !tokens[i].isCapitalized || text(i) == "L")
            if n == 1, p.count <= 2, p != "%", !glued(i), !spacedMetric, p.count == 1 || p == "cc" {
                continue
            }
            // "40C" is a temperature; "5c", "13F filing", "777F" and "14.7C/share" are not.
            if n == 1, p == "c" || p == "f", !isTemperatureLetter(at: i) { continue }
            // A unit word must end where the word ends: "m" in "m/s" is handled by the longer form.
            if let after = self[i + n], after.kind == .word, !after.spaceBefore { continue }
            return UnitMatch(entry: entry, end: i + n)
        }
        return nil
    }

    /// True when token `i` holds only letters and apostrophes: no digits as in "G7".
    private func isAlphabetic(_ i: Int) -> Bool {
        let t = tokens[i]
        if bytes[t.start..<t.end].allSatisfy({ $0 < 0x80 }) {
            return bytes[t.start..<t.end].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == UInt8(ascii: "'") }
        }
        return text(i).unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" || $0 == "’" }
    }

    /// "7 of 10 agreed", "5 voted": past-tense verbs end in "-ed", few counted nouns do.
    private static func looksLikePastTense(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") && !edNouns.contains(word)
    }

    /// The counted noun after a number ("13,000 workers" → "workers"), if it looks like one.
    ///
    /// - Parameter plural: whether the number is more than one, so that a singular noun
    ///   after it can only be the first half of a compound: "52,000 season tickets".
    func readCountNoun(at i: Int, plural: Bool = false) -> Int? {
        guard isCountNounCandidate(i) else { return nil }
        // "13,000 workers-strong" and similar compounds stay whole.
        var end = i + 1
        while self[end]?.isSymbol("-") == true, glued(end), glued(end + 1), self[end + 1]?.kind == .word {
            end += 2
        }
        if plural, end == i + 1, !tokens[i].lower.hasSuffix("s"), Inflection.singular(lower(i)) == lower(i),
            isCountNounCandidate(end), tokens[end].lower.hasSuffix("s"), !tokens[end].lower.hasSuffix("ss")
        {
            end += 1
        }
        return end
    }

    private func isCountNounCandidate(_ i: Int) -> Bool {
        guard let t = self[i], t.kind == .word, t.spaceBefore, !t.isCapitalized,
            lower(i).count > 1, !WordVocabulary.notCountNouns.contains(t.lower),
            !NumberWords.isNumberWord(t.lower), !WordVocabulary.months.contains(t.lower),
            !t.lower.hasSuffix("ly"), !Self.looksLikePastTense(lower(i)), isAlphabetic(i)
        else { return false }
        return true
    }
}

/// English singulars for counted nouns: "workers" → "worker", "cities" → "city".
enum Inflection {
    private static let irregular: [String: String] = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
        "knives": "knife", "leaves": "leaf", "halves": "half", "series": "series", "species": "species",
        "news": "news", "data": "data", "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
        "analyses": "analysis", "crises": "crisis", "theses": "thesis", "indices": "index",
        "appendices": "appendix", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
        "deer": "deer", "police": "police", "staff": "staff", "cattle": "cattle", "bus": "bus",
        "gas": "gas", "status": "status", "virus": "virus", "census": "census", "campus": "campus",
    ]

    static func singular(_ word: String) -> String {
        let w = word.lowercased()
        if let s = irregular[w] { return s }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.count <= 3 { return w }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        for ending in ["ches", "shes", "sses", "xes", "zzes", "oes"] where w.hasSuffix(ending) {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }
}
