import Quantities

/// The result of analyzing one article.
public struct Analysis: Hashable, Sendable {
    public var document: Document
    /// Claims in reading order; `byWorthiness` gives the order a reviewer should take them.
    public var claims: [Claim]

    public var byWorthiness: [Claim] {
        claims.enumerated().sorted { a, b in
            a.element.worthiness != b.element.worthiness ? a.element.worthiness > b.element.worthiness : a.offset < b.offset
        }.map(\.element)
    }
}

/// Turns an article's text into claims: cleans the page, splits sentences, finds figures,
/// attributes them, classifies them and raises flags.
///
/// Pure and deterministic: no I/O, no clock, same text in, same claims out.
public struct ClaimAnalyzer: Sendable {
    private let extractor = QuantityExtractor()

    public init() {}

    public func analyze(_ text: String) -> Analysis {
        let document = Document(parsing: text)
        var attribution = AttributionFinder()
        var claims: [Claim] = []
        var sentenceIndex = 0
        var offset = 0
        // What the paragraph before carried, for the first sentences of the next one.
        var previousParagraph = FlagContext.Carried()
        // What the article's opening paragraphs establish (the report, the period of a
        // results story) holds for the whole article, as a reader takes it.
        var lede = FlagContext.Carried()
        for (p, paragraph) in document.paragraphs.enumerated() {
            let ranges = SentenceSplitter.split(paragraph)
            // Attribution reads the whole paragraph first: a quotation may be attributed only
            // at its end, and speakers carry over from sentence to sentence.
            let sentences = ranges.map { String(paragraph[$0]) }
            let wordLists = sentences.map(Word.split)
            // Figures, gaps and vague amounts first, since they need no attribution: which
            // sentences are claims, whose hedge is worth reading.
            let extractions = zip(ranges, sentences).map { range, sentence in
                var extraction = extractor.extract(from: sentence)
                if let gap = Self.leadingGap(sentence, paragraphStart: range.lowerBound == paragraph.startIndex) {
                    extraction.gaps.insert(gap, at: 0)
                }
                return extraction
            }
            let vagues = wordLists.map(VagueQuantityRule.phrase(in:))
            let isClaim = zip(extractions, vagues).map { !$0.quantities.isEmpty || !$0.gaps.isEmpty || $1 != nil }
            let attributions = attribution.attribute(paragraph: sentences, words: wordLists, hedged: isClaim)
            var carried = previousParagraph
            carried.source = carried.source || lede.source
            carried.time = carried.time || lede.time
            var thisParagraph = FlagContext.Carried()
            for (k, (range, who)) in zip(ranges, attributions).enumerated() {
                let sentence = sentences[k]
                let start = offset + paragraph.utf8.distance(from: paragraph.startIndex, to: range.lowerBound)
                defer { sentenceIndex += 1 }
                let extraction = extractions[k]
                let words = wordLists[k]
                // What this sentence tells the ones after it, whether or not it is a claim.
                var told = FlagContext.Carried()
                told.source = !who.isEmpty || FlagCues.namesSource(words)
                told.time = FlagCues.givesTime(words)
                told.whole = extraction.quantities.contains { $0.kind == .count || ($0.kind == .number && $0.normalizedUnit == nil) }
                defer {
                    carried.merge(told)
                    thisParagraph.merge(told)
                }
                guard isClaim[k] else { continue }
                var claim = Claim(
                    sentence: sentence, paragraph: p, sentenceIndex: sentenceIndex,
                    span: start..<(start + sentence.utf8.count),
                    kind: ClaimClassifier.kind(of: extraction, words: words),
                    quantities: extraction.quantities, attribution: who)
                let context = FlagContext(words: words, gaps: extraction.gaps, carried: carried)
                claim.flags = FlagRules.all.flatMap { $0.flags(for: claim, context: context) }
                claim.worthiness = Worthiness.score(claim)
                claims.append(claim)
            }
            // A whole carries to the sentences after it in its own paragraph only: the count
            // of one paragraph is rarely the group a share in the next one is of.
            previousParagraph = thisParagraph
            previousParagraph.whole = false
            if p < Self.ledeParagraphs { lede.merge(thisParagraph) }
            offset += paragraph.utf8.count + Document.paragraphSeparator.utf8.count
        }
        // Arithmetic across claims comes last: it needs every figure of the article.
        for (index, flags) in ConsistencyChecks.flags(for: claims, document: document) {
            claims[index].flags += flags
            claims[index].worthiness = Worthiness.score(claims[index])
        }
        return Analysis(document: document, claims: claims)
    }

    /// "million people fled.": a paragraph that opens in lowercase with a scale or unit word
    /// lost the number before it. A lowercase start alone is no hole: far more often a name
    /// or a first word was lost ("de Villiers said", "and the council"), not a figure.
    private static func leadingGap(_ sentence: String, paragraphStart: Bool) -> FigureGap? {
        guard paragraphStart, let first = sentence.unicodeScalars.first, first.properties.isLowercase else { return nil }
        let firstWord = String(sentence.prefix { $0.isLetter })
        guard scaleWords.contains(firstWord) else { return nil }
        let words = sentence.split(separator: " ", maxSplits: 3).prefix(3).joined(separator: " ")
        return FigureGap(text: words, span: 0..<firstWord.utf8.count, reason: "the sentence opens with \"\(firstWord)\" and no number, as if its first figure was cut out")
    }

    /// How many opening paragraphs (the title among them) make the lede.
    static let ledeParagraphs = 3

    /// Words that only follow a number: a sentence opening with one lost its figure.
    private static let scaleWords: Set<String> = [
        "million", "billion", "trillion", "thousand", "hundred", "percent", "per", "bn", "m", "k",
    ]
}

extension FlagContext.Carried {
    /// Adds what another sentence carries.
    mutating func merge(_ other: Self) {
        source = source || other.source
        time = time || other.time
        whole = whole || other.whole
    }
}
