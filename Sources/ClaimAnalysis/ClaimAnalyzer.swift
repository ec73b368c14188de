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
        for (p, paragraph) in document.paragraphs.enumerated() {
            let ranges = SentenceSplitter.split(paragraph)
            // Attribution reads the whole paragraph first: a quotation may be attributed only
            // at its end, and speakers carry over from sentence to sentence.
            let attributions = attribution.attribute(paragraph: ranges.map { String(paragraph[$0]) })
            for (range, who) in zip(ranges, attributions) {
                let sentence = String(paragraph[range])
                let start = offset + paragraph.utf8.distance(from: paragraph.startIndex, to: range.lowerBound)
                defer { sentenceIndex += 1 }
                var extraction = extractor.extract(from: sentence)
                if let gap = Self.leadingGap(sentence, paragraphStart: range.lowerBound == paragraph.startIndex) {
                    extraction.gaps.insert(gap, at: 0)
                }
                let words = Word.split(sentence)
                let vague = VagueQuantityRule.phrase(in: words)
                guard !extraction.quantities.isEmpty || !extraction.gaps.isEmpty || vague.map(Self.countsAsFigure) == true else { continue }
                var claim = Claim(
                    sentence: sentence, paragraph: p, sentenceIndex: sentenceIndex,
                    span: start..<(start + sentence.utf8.count),
                    kind: ClaimClassifier.kind(of: extraction, words: words),
                    quantities: extraction.quantities, attribution: who)
                let context = FlagContext(words: words, gaps: extraction.gaps)
                claim.flags = FlagRules.all.flatMap { $0.flags(for: claim, context: context) }
                claim.worthiness = Worthiness.score(claim)
                claims.append(claim)
            }
            offset += paragraph.utf8.count + 2
        }
        // Arithmetic across claims comes last: it needs every figure of the article.
        for (index, flags) in ConsistencyChecks.flags(for: claims, document: document) {
            claims[index].flags += flags
            claims[index].worthiness = Worthiness.score(claims[index])
        }
        return Analysis(document: document, claims: claims)
    }

    /// "workers struck on Monday.": a paragraph that opens in lowercase lost its first word,
    /// most often a figure ("13,000 workers…"). Brand names ("iPhone", "eBay") carry a capital
    /// inside and are left alone.
    private static func leadingGap(_ sentence: String, paragraphStart: Bool) -> FigureGap? {
        guard paragraphStart, let first = sentence.unicodeScalars.first, first.properties.isLowercase else { return nil }
        let firstWord = sentence.prefix { $0.isLetter }
        guard !firstWord.contains(where: \.isUppercase) else { return nil }
        let words = sentence.split(separator: " ", maxSplits: 3).prefix(3).joined(separator: " ")
        return FigureGap(text: words, span: 0..<firstWord.utf8.count, reason: "the sentence opens in lowercase, as if its first figure was cut out")
    }

    /// "thousands of", "dozens of": vague, but amounts a reviewer must still check.
    private static func countsAsFigure(_ phrase: String) -> Bool {
        phrase.hasSuffix(" of") && !["most of", "a number of", "a lot of", "a fraction of", "a handful of"].contains(phrase)
            || phrase.hasPrefix("a significant") || phrase.hasPrefix("tens of")
    }
}
