/// The body behind a document that carries a figure: "Office for National Statistics figures
/// show", "Eurostat's latest data suggest", "figures from the Department for Education show",
/// "a study by Imperial College London found", "according to figures from the ONS".
///
/// The document itself ("the figures", "the study") is no speaker: without a named source
/// the sentence has none.
enum DocumentSource {
    private typealias Vocabulary = SpeakerVocabulary

    /// Words that may stand between a document and its verb: "figures have shown", "data also suggest".
    private static let betweenDocumentAndVerb: Set<String> = ["have", "has", "had", "also", "now", "all", "both", "clearly", "consistently", "previously", "already", "would", "will", "may", "might", "could"]

    /// The source of the document that is the subject of the verb at `verb`.
    static func before(verb: Int, in words: [Word], outlet: String?) -> SpeakerRef? {
        var j = verb - 1
        while j >= 0, !words[j].isPunctuation, !words[j].isCapitalized, betweenDocumentAndVerb.contains(words[j].lower) {
            j -= 1
        }
        j = dateSkipped(endingAt: j, in: words)
        guard j >= 0 else { return nil }
        // "Oxfam's report, published on Monday, says": the document before its apposition.
        if words[j].text == ",", let comma = SpeakerPhrase.appositiveComma(in: words, closingAt: j, reach: 14), comma > 0,
            isDocument(at: comma - 1, in: words)
        {
            // "The figures, released by the ONS on Wednesday, show": the source in the apposition.
            if let ref = owner(before: comma - 1, in: words, outlet: outlet) ?? source(after: comma, in: words, outlet: outlet) { return ref }
            return nil
        }
        // "YouGov polling for the Times found": the pollster, not the paper it polled for.
        if words[j].isCapitalized, let run = NameRun.backward(in: words, before: j + 1), run.end == j + 1, Outlets.isOutlet(run),
            run.wordBefore >= 1, words[run.wordBefore].lower == "for", isDocument(at: run.wordBefore - 1, in: words)
        {
            return owner(before: run.wordBefore - 1, in: words, outlet: outlet)
        }
        // "ONS figures show", "Eurostat's latest data suggest"
        if isDocument(at: j, in: words) { return owner(before: j, in: words, outlet: outlet) }
        // "figures from the Department for Education show", "a study by Imperial College London found"
        return linkedSource(endingAt: j, in: words, outlet: outlet)
    }

    /// After "according to": "according to ONS figures", "according to figures from the ONS",
    /// "according to a report by the Resolution Foundation". "According to estimates" and
    /// "according to census data" name no source.
    static func forward(in words: [Word], from start: Int, outlet: String?) -> SpeakerRef? {
        var k = start
        while k < words.count, k - start < 8 {
            let w = words[k]
            if isDocument(at: k, in: words) {
                if k > start, let ref = owner(before: k, in: words, outlet: outlet) { return ref }
                return source(after: k, in: words, outlet: outlet)
            }
            let fits = w.isCapitalized || w.text == "(" || w.text == ")" || Vocabulary.documentAdjectives.contains(w.lower)
                || ["the", "a", "an", "its", "their"].contains(w.lower)
            guard fits else { return nil }
            k += 1
        }
        return nil
    }

    /// The index before a date that ends at `last`: "… on Tuesday", "… last week", "… in March".
    private static func dateSkipped(endingAt last: Int, in words: [Word]) -> Int {
        guard last >= 1 else { return last }
        let w = words[last].lower
        let before = words[last - 1].lower
        if Vocabulary.isDay(w) || Vocabulary.months.contains(w) {
            return ["on", "in", "last", "this", "since", "until"].contains(before) ? last - 2 : (Vocabulary.isDay(w) ? last - 1 : last)
        }
        if ["week", "month", "year", "night", "morning"].contains(w), ["last", "this", "on", "the"].contains(before) { return last - 2 }
        return last
    }

    private static func isDocument(at k: Int, in words: [Word]) -> Bool {
        let w = words[k]
        guard !w.isPunctuation, Vocabulary.documents.contains(w.lower) else { return false }
        return !w.isCapitalized || words[..<k].allSatisfy(\.isPunctuation)
    }

    /// The name before a document: "Office for National Statistics figures", "the ONS's
    /// provisional data", "Central Statistics Office (CSO) figures".
    private static func owner(before document: Int, in words: [Word], outlet: String?) -> SpeakerRef? {
        var i = document - 1
        var modifiers = 0
        while i >= 0, !words[i].isPunctuation, !words[i].isCapitalized {
            // "Nationwide's latest house price index", "ONS labour market figures"
            if Vocabulary.documentAdjectives.contains(words[i].lower) {
                i -= 1
            } else if modifiers < 3, isModifier(words[i]) {
                modifiers += 1
                i -= 1
            } else {
                break
            }
        }
        guard i >= 0 else { return nil }
        let end = bracketSkipped(endingAt: i, in: words) + 1
        guard end > 0, words[end - 1].isCapitalized,
            let run = NameRun.backward(in: words, before: end), run.end == end
        else { return nil }
        // With words between, only a name that is surely a body or a possessive: "Manchester crime figures" is a place's.
        if modifiers > 0, possessiveStem(run.parts[run.parts.count - 1]) == nil,
            !(run.parts.count > 1 || NameRun.isAcronym(run.parts[0]) || Vocabulary.knownBodies.contains(run.text))
        {
            return nil
        }
        return sourceRef(run, outlet: outlet)
    }

    /// A lowercase noun that may qualify a document: "house", "price", "labour", "market".
    private static func isModifier(_ word: Word) -> Bool {
        !word.isPunctuation && !word.isDigits && word.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
            && !Vocabulary.openers.contains(word.lower) && !SpeechVerbs.inflected.contains(word.lower)
            && !Vocabulary.betweenSubjectAndVerb.contains(word.lower) && !Vocabulary.determiners.contains(word.lower)
            && !SpeechVerbs.isNounOrPassive(after: word)
    }

    /// "figures from the ONS", "data published by Eurostat": the name after the document.
    private static func source(after document: Int, in words: [Word], outlet: String?) -> SpeakerRef? {
        var i = document + 1
        var skipped = 0
        while i < words.count, skipped < 2, Vocabulary.documentParticiples.contains(words[i].lower) {
            i += 1
            skipped += 1
        }
        guard i + 1 < words.count, Vocabulary.documentLinks.contains(words[i].lower),
            let run = NameRun.forward(in: words, from: i + 1, allowArticle: true)
        else { return nil }
        return sourceRef(run, outlet: outlet)
    }

    /// "Figures from the Department for Education show": the name ending at `last`, after
    /// "by", "from" or "of" and a document.
    private static func linkedSource(endingAt last: Int, in words: [Word], outlet: String?) -> SpeakerRef? {
        let end = bracketSkipped(endingAt: last, in: words) + 1
        guard end > 0, words[end - 1].isCapitalized, let run = NameRun.backward(in: words, before: end), run.end == end else { return nil }
        var i = run.wordBefore
        guard i >= 1, Vocabulary.documentLinks.contains(words[i].lower) else { return nil }
        i -= 1
        var skipped = 0
        while i > 0, skipped < 2, Vocabulary.documentParticiples.contains(words[i].lower) {
            i -= 1
            skipped += 1
        }
        guard isDocument(at: i, in: words) else { return nil }
        return sourceRef(run, outlet: outlet)
    }

    /// The index of the name's last word when `last` closes a bracketed acronym after it
    /// ("Office (CSO)"), else `last`.
    static func bracketSkipped(endingAt last: Int, in words: [Word]) -> Int {
        if last >= 3, words[last].text == ")", words[last - 2].text == "(", NameRun.isAcronym(words[last - 1]) { return last - 3 }
        return last
    }

    /// A document's source as a speaker: a body, unless the name shows a person ("a study by
    /// Professor Jane Smith"). Outlets, places, dates and two-letter country codes are none.
    private static func sourceRef(_ found: NameRun, outlet: String?) -> SpeakerRef? {
        var run = found
        if let last = run.parts.last, let stem = possessiveStem(last) { run.parts[run.parts.count - 1] = stem }
        guard !SpeakerPhrase.isOutlet(run, outlet) else { return nil }
        guard !run.parts.allSatisfy({ Vocabulary.isTimeWord($0.lowercased()) || Vocabulary.openers.contains($0.lowercased()) }) else { return nil }
        let text = run.text
        if Vocabulary.knownBodies.contains(text) { return .body(text) }
        if run.parts.count == 1 {
            let lower = text.lowercased()
            if NameRun.isAcronym(text) { return text.count >= 3 ? .body(text) : nil }
            if Vocabulary.isHead(lower) || looksLikeDemonym(lower) { return nil }
            return .body(text)
        }
        if let last = run.parts.last, Vocabulary.placeWords.contains(last), !Vocabulary.organizationWords.contains(last) { return nil }
        switch SpeakerPhrase.classify(run) {
        case .person(let name)?:
            let first = name.split(separator: " ").first.map(String.init) ?? name
            return name != text || PersonNames.gender(ofFirstName: first) != .unknown ? .person(name) : .body(text)
        case .body(let name)?: return .body(name)
        default: return nil
        }
    }

    /// "German", "British", "Japanese", "French": a people's adjective, not a source.
    private static func looksLikeDemonym(_ lower: String) -> Bool {
        lower.hasSuffix("an") || lower.hasSuffix("ish") || lower.hasSuffix("ese") || lower.hasSuffix("ch") || lower.hasSuffix("i")
    }

    static func possessiveStem(_ word: String) -> String? {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return nil
    }
}
