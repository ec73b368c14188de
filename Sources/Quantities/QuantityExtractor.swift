/// Finds every figure in a text: percentages, money, measures, durations, ages, counts,
/// ratios and bare numbers, with their change cues and concepts, plus the places where a
/// figure's number is missing.
///
/// The extractor is pure and deterministic: the same text always gives the same result,
/// and it does no I/O. It is safe to share across threads.
public struct QuantityExtractor: Sendable {
    public init() {}

    public func extract(from text: String) -> Extraction {
        extract(from: text, chunkLimit: Self.chunkLimit, chunkSize: 1 << 30)
    }

    /// `extract(from:)` with the chunking thresholds exposed, so tests can exercise chunking
    /// without a four-gigabyte input.
    func extract(from text: String, chunkLimit: Int, chunkSize: Int) -> Extraction {
        let utf8 = text.utf8
        guard utf8.count < chunkLimit else { return extractInChunks(utf8, chunkSize: chunkSize) }
        let reader = Reader(text)
        var scan = Scan(reader: reader)
        scan.run()
        return Extraction(quantities: scan.quantities, gaps: scan.gaps)
    }
}

extension QuantityExtractor {
    /// Tokens keep 32-bit offsets; longer texts are read in pieces cut at whitespace.
    static let chunkLimit = Int(UInt32.max)

    private func extractInChunks(_ utf8: String.UTF8View, chunkSize: Int) -> Extraction {
        let bytes = Array(utf8)
        var result = Extraction()
        var start = 0
        while start < bytes.count {
            var end = min(start + chunkSize, bytes.count)
            // Cut at a line or sentence end so that no figure is split from its unit or cue,
            // else after a space, else (no space at all) at the size.
            if end < bytes.count {
                let window = bytes[start..<end]
                let sentenceEnd = window.indices.last { k in
                    k > start && (bytes[k] == 0x0A || (bytes[k] == 0x20 && [0x2E, 0x21, 0x3F].contains(bytes[k - 1])))
                }
                if let cut = sentenceEnd ?? window.lastIndex(where: { $0 == 0x20 }), cut > start { end = cut + 1 }
            }
            let piece = extract(from: String(decoding: bytes[start..<end], as: UTF8.self), chunkLimit: Int.max, chunkSize: chunkSize)
            let shift = start
            result.quantities += piece.quantities.map { q in
                var q = q
                q.span = (q.span.lowerBound + shift)..<(q.span.upperBound + shift)
                return q
            }
            result.gaps += piece.gaps.map { g in
                var g = g
                g.span = (g.span.lowerBound + shift)..<(g.span.upperBound + shift)
                return g
            }
            start = end
        }
        return result
    }
}

/// One pass over a text's tokens, left to right, trying the recognizers at each token.
struct Scan {
    let reader: Reader
    var quantities: [Quantity] = []
    var gaps: [FigureGap] = []
    /// A recognizer that claimed tokens moves this past them.
    private var next = 0
    /// True between "between" and its "and", so that "between 5 and 10%" reads as a range.
    private var betweenAt: Int?

    init(reader: Reader) {
        self.reader = reader
    }

    mutating func run() {
        while next < reader.count {
            let i = next
            if reader.tokens[i].lex.contains(.between) { betweenAt = i }
            if let end = recognize(at: i) {
                next = max(end, i + 1)
            } else {
                noteGap(at: i)
                next = i + 1
            }
        }
    }

    // MARK: - Recognizers

    /// Tries the recognizers at token `i`; returns the index after what was read.
    private mutating func recognize(at i: Int) -> Int? {
        let t = reader.tokens[i]
        switch t.kind {
        case .word where t.lex.isDisjoint(with: [.numberStart, .multiple, .currency, .magnitude]): return nil
        case .symbol where t.lex.isDisjoint(with: [.currency, .numberStart]), .code: return nil
        default: break
        }
        if t.lex.contains(.magnitude), let magnitude = reader.readVagueMagnitude(at: i) {
            return recognizeMagnitude(magnitude)
        }
        if t.kind == .number, let end = reader.scoreLineEnd(at: i) { return end }
        if let sign = reader.readCurrencySign(at: i) {
            return recognizeMoney(sign: sign)
        }
        // "waited more than a year", "in under an hour": "a" is one when a bound comes first.
        if t.isWord("a") || t.isWord("an"), let cue = reader.changeCue(before: i), cue != .up, cue != .down,
            let unit = reader.readUnit(at: i + 1), unit.entry.kind == .duration || unit.entry.kind == .measure,
            reader[unit.end].map({ !$0.isWord("ago") && !$0.isWord("earlier") && !$0.isWord("later") }) ?? true
        {
            append(first: i, end: unit.end, value: .exactly(1), unit: reader.text(from: i + 1, through: unit.end - 1), normalized: unit.entry.normalized, kind: unit.entry.kind)
            return unit.end
        }
        guard let number = reader.readNumber(at: i, currency: false) else {
            if let (value, kind) = multipleWord(at: i) {
                append(first: i, end: i + 1, value: .exactly(value), unit: reader.text(i), normalized: "count", kind: kind)
                return i + 1
            }
            return nil
        }
        // "Version 2.0", "the number 23 shirt", "Season 3": a number that names, whatever its form.
        if reader.tokens[i].kind == .number, let previous = reader[i - 1], previous.kind == .word,
            WordVocabulary.numberedNames.contains(previous.lower)
        {
            return skipNonQuantity(number)
        }
        if reader.tokens[i].kind == .number, number.isBareInteger || reader.tokens[i].isFormatted == false,
            reader.isNotAQuantity(number)
        {
            return skipNonQuantity(number)
        }
        // "2.17pm", "10.30 am": a time of day written with a point.
        if reader.tokens[i].kind == .number, number.value < 24, let next = reader[number.end],
            next.isWord("am") || next.isWord("pm")
        {
            return number.end + 1
        }
        return recognizeFigure(number)
    }

    /// "dozens of homes", "tens of thousands of pounds", "hundreds of kilometres": the range
    /// with the unit or counted noun after it, or alone ("worth billions").
    private mutating func recognizeMagnitude(_ m: VagueMagnitude) -> Int {
        let (low, high, end) = (m.low, m.high, m.end)
        if let word = reader.readCurrencyWord(at: end) {
            return appendWithRate(first: m.first, end: word.end, low: low, high: high, unit: reader.text(from: end, through: word.end - 1), normalized: word.normalized, kind: .money)
        }
        if let unit = reader.readUnit(at: end), unit.entry.kind != .percentage {
            let text = reader.text(from: end, through: unit.end - 1)
            // "tens of thousands of pounds" is money; "hundreds of pounds of cocaine" a weight.
            if unit.entry.normalized == "pound-mass", reader[unit.end]?.isWord("of") != true {
                return appendWithRate(first: m.first, end: unit.end, low: low, high: high, unit: text, normalized: "pound sterling", kind: .money)
            }
            return appendWithRate(first: m.first, end: unit.end, low: low, high: high, unit: text, normalized: unit.entry.normalized, kind: unit.entry.kind)
        }
        if end > m.first + 1, let nounEnd = reader.readCountNoun(at: end, plural: true) {
            let unitText = reader.text(from: end, through: nounEnd - 1)
            return appendWithRate(first: m.first, end: nounEnd, low: low, high: high, unit: unitText, normalized: Inflection.singular(unitText), kind: .count)
        }
        // "of" with no noun the reader knows ("millions of its users"): the amount alone.
        let stop = reader[end - 1]?.isWord("of") == true ? end - 1 : end
        append(first: m.first, end: stop, value: .range(low: low, high: high), unit: nil, normalized: nil, kind: .number)
        return end
    }

    private mutating func recognizeMoney(sign: CurrencySign) -> Int? {
        guard let number = reader.readNumber(at: sign.end, currency: true), !number.inWords || reader.tokens[sign.end].kind == .word else {
            if sign.isSymbol {
                if isLostAmount(sign) { addGap(at: sign.first, end: sign.end, reason: "currency sign with no amount") }
                return sign.end
            }
            return nil
        }
        var low = number.value
        var high: Double?
        var end = number.end
        // "$5 to $10", "$5-10 million"
        if let (second, secondEnd, lowScale) = rangeEnd(after: end, currency: true, low: low) {
            low = low.scaled(by: lowScale)
            high = second
            end = secondEnd
        }
        // "$5-10 million": a scale after the range applies to both ends.
        if high != nil, let scale = reader.readScale(at: end, currency: true) {
            low = low.scaled(by: scale.factor)
            high = high!.scaled(by: scale.factor)
            end = scale.end
        }
        var normalized = sign.normalized
        if let word = reader.readCurrencyWord(at: end), sign.normalized == "dollar" {
            // "$5 US dollars" — the word only refines the sign.
            normalized = word.normalized
            end = word.end
        }
        return appendWithRate(first: sign.first, end: end, low: low, high: high, unit: sign.text, normalized: normalized, kind: .money)
    }

    private mutating func recognizeFigure(_ number: NumberReading) -> Int {
        if let end = reader.idiomEnd(number) { return end }
        if let end = recognizeList(number) { return end }
        var low = number.value
        var high: Double?
        var end = number.end
        var unitStart = end

        if number.isRatio, reader.readUnit(at: end) == nil || reader.tokens[number.first].kind == .word && reader[end]?.isWord("of") == true {
            // "one in five" was read as "one"; "3:1" and "two-thirds" arrive complete; with a
            // unit after it ("1/4 mile", "½ teaspoon") a fraction is a measure like any other.
            append(first: number.first, end: end, value: .exactly(number.value), unit: nil, normalized: nil, kind: .ratio)
            return end
        }
        // "two out of five"
        if reader[end]?.isWord("out") == true, reader[end + 1]?.isWord("of") == true,
            let d = reader.readNumber(at: end + 2, currency: false), !d.isRatio, d.value > 0, d.value >= number.value
        {
            append(first: number.first, end: d.end, value: .exactly(number.value / d.value), unit: nil, normalized: nil, kind: .ratio)
            return d.end
        }
        // "one in five" / "1 in 4"
        if reader[end]?.isWord("in") == true, let d = reader.readNumber(at: end + 1, currency: false), !d.isRatio,
            !(d.isBareInteger && reader.tokens[d.first].integerDigits == 4),
            d.value > number.value, reader.readUnit(at: d.end) == nil,
            reader[end + 1]?.kind == reader[number.first]?.kind, reader[d.end].map({ $0.lower != "years" && $0.lower != "year" }) ?? true
        {
            append(first: number.first, end: d.end, value: .exactly(number.value / d.value), unit: nil, normalized: nil, kind: .ratio)
            return d.end
        }
        if let (second, secondEnd, lowScale) = rangeEnd(after: end, currency: false, low: low) {
            low = low.scaled(by: lowScale)
            high = second
            end = secondEnd
            unitStart = end
        } else if reader[end]?.isWord("or") == true || (reader[end]?.isWord("and") == true && !(betweenAt.map { $0 >= end - 6 } ?? false))
            || (reader[end]?.isWord("to") == true && reader[number.first - 1]?.isWord("from") == true),
            let other = reader.readNumber(at: end + 1, currency: false),
            !other.isRatio, other.inWords == number.inWords, other.end < reader.count,
            reader.readUnit(at: other.end) != nil || reader.readCurrencyWord(at: other.end) != nil
        {
            // "eight or nine euros": two figures sharing the unit written after the second.
            let found = quantities.count
            let shared = recognizeFigure(other)
            // The second figure lends its unit only if it was appended (a value past Double's
            // range is not): else `last` would be some earlier figure.
            if quantities.count > found, var borrowed = quantities.last, shared > other.end {
                let start = reader.tokens[number.first].start
                let stop = reader.tokens[number.end - 1].end
                borrowed.text = String(decoding: reader.bytes[start..<stop], as: UTF8.self)
                borrowed.span = start..<stop
                borrowed.value = .exactly(number.value)
                quantities.insert(borrowed, at: quantities.count - 1)
            }
            return shared
        }
        // A money word after the number: "800 million euros".
        if let word = reader.readCurrencyWord(at: unitStart) {
            let unitText = reader.text(from: unitStart, through: word.end - 1)
            var end = word.end
            // "75 USD million": the scale after the code still applies.
            if high == nil, number.end == number.first + 1, let scale = reader.readScale(at: end, currency: true) {
                low = low.scaled(by: scale.factor)
                end = scale.end
            }
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount.
            if high == nil, let cents = subunit(after: end) {
                low += cents.value / 100
                end = cents.end
            }
            // "from 2.10 euros to 2.50 euros": one range, the currency written twice.
            if high == nil, reader[end]?.isWord("to") == true, isFromRange(connector: end),
                let second = reader.readNumber(at: end + 1, currency: false), !second.isRatio,
                let again = reader.readCurrencyWord(at: second.end), again.normalized == word.normalized
            {
                high = second.value
                end = again.end
            }
            return appendWithRate(first: number.first, end: end, low: low, high: high, unit: unitText, normalized: word.normalized, kind: .money)
        }
        // Hyphenated compounds: "52-year-old", "10-year plan", "100-metre".
        var hyphenated = false
        if reader[unitStart]?.isSymbol("-") == true, reader.glued(unitStart), reader.glued(unitStart + 1) {
            hyphenated = true
            unitStart += 1
        }
        if let unit = reader.readUnit(at: unitStart) {
            var kind = unit.entry.kind
            var normalized = unit.entry.normalized
            var unitEnd = unit.end
            // Ages: "52-year-old", "52 years old", "a 52-year-old", "ten months old",
            // "3 years of age".
            // Asked once: hashing the unit's name three times a figure showed in the profile.
            let isAgeUnit = unit.entry.kind == .duration && Self.ageUnits.contains(normalized)
            if isAgeUnit, let old = reader[unitEnd], old.isWord("old") {
                let oldGlued = reader[unitEnd - 1]?.isSymbol("-") == false && reader.glued(unitEnd)
                if hyphenated || !oldGlued {
                    kind = .age
                    normalized += " of age"
                    unitEnd += 1
                }
            } else if isAgeUnit, reader[unitEnd]?.isSymbol("-") == true, reader.glued(unitEnd),
                reader[unitEnd + 1]?.isWord("old") == true, hyphenated || reader.glued(unitEnd + 1)
            {
                // "52-year-old", and "the 17 year-old striker" with the first hyphen left out.
                kind = .age
                normalized += " of age"
                unitEnd += 2
            } else if isAgeUnit, reader[unitEnd]?.isWord("of") == true, reader[unitEnd + 1]?.isWord("age") == true {
                kind = .age
                normalized += " of age"
                unitEnd += 2
            } else if normalized == "pound-mass", number.end > number.first + 1,
                NumberWords.scales[reader.tokens[number.end - 1].lower] != nil || NumberWords.abbreviatedScales[reader.tokens[number.end - 1].lower] != nil
            {
                // "361 million pounds" is money: nobody weighs in millions of pounds in prose.
                kind = .money
                normalized = "pound sterling"
            }
            if kind == .percentage, normalized == "percentage", let point = reader[unitEnd], point.isWord("point") || point.isWord("points") {
                normalized = "percentage point"
                unitEnd += 1
            }
            // "100° Celsius", "40° F"
            if normalized == "degree", let scale = reader[unitEnd] {
                if ["celsius", "centigrade", "c"].contains(scale.lower) { normalized = "celsius"; unitEnd += 1 }
                else if ["fahrenheit", "f"].contains(scale.lower) { normalized = "fahrenheit"; unitEnd += 1 }
            }
            // "5 feet 10 inches": one height, in feet.
            if normalized == "foot", high == nil, let inches = reader.readNumber(at: unitEnd, currency: false), !inches.isRatio,
                inches.value < 12, let inch = reader.readUnit(at: inches.end), inch.entry.normalized == "inch"
            {
                low += inches.value / 12
                unitEnd = inch.end
            }
            // "44 mg to 50 mg", "5% to 10%", "between 44 mg and 50 mg": the unit written twice.
            if high == nil, let (second, secondEnd) = repeatedUnitRangeEnd(after: unitEnd, low: low, normalized: normalized, hyphenated: hyphenated) {
                high = second
                unitEnd = secondEnd
            }
            let unitText = reader.text(from: hyphenated ? unitStart - 1 : unitStart, through: unitEnd - 1)
            let trimmed = hyphenated ? String(unitText.dropFirst()) : unitText
            return appendWithRate(first: number.first, end: unitEnd, low: low, high: high, unit: trimmed, normalized: normalized, kind: kind)
        }
        if hyphenated {
            // "5-10" without a unit was handled as a range; "F-16" never gets here.
            unitStart -= 1
            // "a two-time champion", "a three-star general": a number in words made into an
            // adjective counts nothing. In digits it counts its noun: "a 150-seat chamber".
            if high == nil, let noun = reader[unitStart + 1], noun.kind == .word {
                if number.inWords { return unitStart + 2 }
                if noun.lower.count > 1, !noun.isCapitalized, reader[unitStart + 2].map({ !($0.isSymbol("-") && reader.glued(unitStart + 2)) }) ?? true {
                    let text = reader.text(unitStart + 1)
                    append(first: number.first, end: unitStart + 2, value: .exactly(low), unit: text, normalized: Inflection.singular(text), kind: .count)
                    return unitStart + 2
                }
            }
        }
        // "211 of the 400 seats", "24 of his 31 points": the part counts what the whole does.
        if !hyphenated, !(number.inWords && reader.tokens[number.first].isWord("one")), let part = partitiveUnit(after: end) {
            append(first: number.first, end: end, value: high.map { .range(low: low, high: $0) } ?? .exactly(low), unit: nil, normalized: part.normalized, kind: part.kind)
            return end
        }
        // "one fund manager said", "one found in wild birds": a lone "one" before a noun is
        // an article or a pronoun; "only one school", "more than one bidder" count.
        if !hyphenated, high == nil, number.inWords, number.end == number.first + 1, reader.tokens[number.first].isWord("one"),
            reader.changeCue(before: number.first) == nil,
            !(reader[number.first - 1].map { Keys.countingOne.contains($0.lower) } ?? false),
            !(reader[end].map { Keys.afterOne.contains($0.lower) || Keys.subunits.contains($0.lower) || $0.isWord("penny") } ?? false),
            // "One Briton died": one of a people is a count of people.
            !(reader[end].map { NounVocabulary.peopleSingulars.contains($0.lower) } ?? false)
        {
            return end
        }
        // Counted nouns: "13,000 workers", "one solution".
        if !hyphenated, let nounEnd = reader.readCountNoun(at: unitStart, plural: high != nil || low > 1) {
            let unitText = reader.text(from: unitStart, through: nounEnd - 1)
            let normalized = Inflection.singular(unitText)
            return appendWithRate(first: number.first, end: nounEnd, low: low, high: high, unit: unitText, normalized: normalized, kind: .count)
        }
        // "aged 16 to 24", "aged 52", "aged over 60": ages with the unit left out.
        if reader[number.first - 1]?.isWord("aged") == true
            || (reader[number.first - 2]?.isWord("aged") == true && reader.changeCue(before: number.first) != nil)
        {
            append(first: number.first, end: end, value: high.map { .range(low: low, high: $0) } ?? .exactly(low), unit: nil, normalized: "year of age", kind: .age)
            return end
        }
        if number.inWords, high == nil, number.end == number.first + 1, reader.tokens[number.first].isWord("one") {
            // A lone "one" in prose ("one of them", "one day") is a pronoun or an article, not
            // a figure, unless a cue makes it one ("more than one").
            if reader.changeCue(before: number.first) == nil, !(reader[end].map { Keys.afterOne.contains($0.lower) } ?? false) { return end }
        }
        append(first: number.first, end: end, value: high.map { .range(low: low, high: $0) } ?? .exactly(low), unit: nil, normalized: nil, kind: .number)
        return end
    }

    /// The unit of the whole in "N of the M seats", "N of their last M Tests", for the part
    /// N that ends before token `i`.
    private func partitiveUnit(after i: Int) -> (normalized: String, kind: QuantityKind)? {
        guard reader[i]?.isWord("of") == true, let determiner = reader[i + 1], Keys.partitiveDeterminers.contains(determiner.lower) else { return nil }
        var k = i + 2
        if let t = reader[k], Keys.partitiveAdjectives.contains(t.lower) { k += 1 }
        guard let whole = reader.readNumber(at: k, currency: false), !whole.isRatio, reader.tokens[k].kind == .number || whole.inWords else { return nil }
        if let unit = reader.readUnit(at: whole.end), unit.entry.kind != .percentage { return (unit.entry.normalized, unit.entry.kind) }
        if let nounEnd = reader.readCountNoun(at: whole.end, plural: true) {
            return (Inflection.singular(reader.text(from: whole.end, through: nounEnd - 1)), .count)
        }
        return nil
    }

    /// "40, 50, 60,000 readers": small numbers listed before one written in thousands take
    /// its thousands and its unit, as the writer meant; each is a figure of its own.
    private mutating func recognizeList(_ number: NumberReading) -> Int? {
        guard number.isBareInteger, number.value < 1000, reader[number.end]?.isSymbol(",") == true else { return nil }
        var members = [number]
        var k = number.end
        while reader[k]?.isSymbol(",") == true, let next = reader.readNumber(at: k + 1, currency: false), next.isBareInteger, next.value < 1000 {
            members.append(next)
            k = next.end
        }
        guard reader[k]?.isSymbol(",") == true || reader[k]?.isWord("or") == true || reader[k]?.isWord("and") == true,
            let last = reader[k + 1], last.kind == .number, last.isFormatted, last.number >= 1000, last.number < 1e6,
            last.number.truncatingRemainder(dividingBy: 1000) == 0, last.number / 1000 > members.last!.value,
            let reading = reader.readNumber(at: k + 1, currency: false), reading.end == k + 2
        else { return nil }
        let found = quantities.count
        let end = recognizeFigure(reading)
        guard quantities.count == found + 1, let template = quantities.last else { return end }
        var listed: [Quantity] = []
        for member in members {
            var q = template
            let start = reader.tokens[member.first].start, stop = reader.tokens[member.end - 1].end
            q.text = String(decoding: reader.bytes[start..<stop], as: UTF8.self)
            q.span = start..<stop
            q.value = .exactly(member.value * 1000)
            listed.append(q)
        }
        quantities.insert(contentsOf: listed, at: found)
        return end
    }

    private mutating func appendWithRate(first: Int, end: Int, low: Double, high: Double?, unit: String, normalized: String, kind: QuantityKind) -> Int {
        var end = end
        var unit = unit
        var normalized = normalized
        var kind = kind
        if kind == .count {
            // A counted noun is named from its phrase; a unit or a currency at its head wins
            // over the adjectives before it: "312 passing yards", "40 additional megawatts".
            let start = reader.countedNounStart(endingAt: end, byteCount: unit.utf8.count)
            if let head = reader.unitHead(from: start, to: end) {
                kind = head.kind
                normalized = head.normalized
            } else {
                normalized = reader.countedNounName(from: start, to: end, singular: normalized)
            }
        }
        if Self.mayBeRate(kind), let rate = rateDenominator(at: end) {
            unit += " per " + rate.written
            normalized += " per " + rate.normalized
            end = rate.end
        }
        let value: QuantityValue = high.map { .range(low: low, high: $0) } ?? .exactly(low)
        append(first: first, end: end, value: value, unit: unit, normalized: normalized, kind: kind)
        return end
    }

    /// Whether a figure of this kind may be a rate, "X per Y": "$500 a month", "50,000
    /// barrels a day", "56 COVID-19 deaths a day", "four times a week". Percentages,
    /// durations and ages stay whole ("5% a year" is a percentage).
    private static func mayBeRate(_ kind: QuantityKind) -> Bool {
        switch kind {
        case .money, .measure, .count, .multiple: true
        default: false
        }
    }

    // MARK: - Pieces

    private static let ageUnits: Set<String> = ["year", "month", "week", "day"]

    /// The second figure of "44 mg to 50 mg": a connector, a larger number, the same unit.
    private func repeatedUnitRangeEnd(after i: Int, low: Double, normalized: String, hyphenated: Bool) -> (Double, Int)? {
        guard !hyphenated, let connector = reader[i] else { return nil }
        let isDash = connector.kind == .symbol && Keys.dashes.contains(connector.lower)
        let isTo = connector.isWord("to") || connector.isWord("through")
        let isAnd = connector.isWord("and") && betweenAt != nil && betweenAt! >= i - 8
        guard isDash || isTo || isAnd else { return nil }
        // "from 3.9% to 3.6%" is one range in the order written, whichever way it goes;
        // "fell by 0.4 years to 80.4 years" is a change and the level reached.
        let fromRange = isTo && isFromRange(connector: i)
        if isTo, !fromRange, let start = rangeStartIndex(before: i), start > 0,
            (max(0, start - 4)..<start).contains(where: { reader.tokens[$0].isWord("by") })
        {
            return nil
        }
        guard let second = reader.readNumber(at: i + 1, currency: false), !second.isRatio, second.value > low || fromRange,
            let unit = reader.readUnit(at: second.end), unit.entry.normalized == normalized
        else { return nil }
        return (second.value, unit.end)
    }

    /// "50 cents" or "and forty-five cents" after a whole amount.
    private func subunit(after i: Int) -> (value: Double, end: Int)? {
        var k = i
        if reader[k]?.isWord("and") == true { k += 1 }
        guard let cents = reader.readNumber(at: k, currency: false), !cents.isRatio, cents.value < 100,
            let word = reader[cents.end], Keys.subunits.contains(word.lower)
        else { return nil }
        return (cents.value, cents.end + 1)
    }

    /// The second number of a range: "5-10", "252 to 287", "between 5 and 10", "$5 to $10".
    ///
    /// Also returns the factor the first number takes from a scale written only after the
    /// second ("$5-10 million" is 5 million to 10 million; "$500,000-1 million" keeps 500,000).
    private func rangeEnd(after i: Int, currency: Bool, low: Double) -> (Double, Int, Double)? {
        guard let connector = reader[i] else { return nil }
        let isDash = connector.kind == .symbol && Keys.rangeDashes.contains(connector.lower)
        let isTo = (connector.isWord("to") || connector.isWord("through") || connector.isWord("thru")) && i > 0
        let isAnd = connector.isWord("and") && betweenAt != nil && betweenAt! >= i - 6
        guard isDash || isTo || isAnd else { return nil }
        // "from 252 to 287" is one range in the order written (CQE's convention), also when it
        // falls; "grew by 4,000 to 812,000" is the size of a change and then the new level.
        let fromRange = isTo && isFromRange(connector: i)
        if isTo, !fromRange, let start = rangeStartIndex(before: i), start > 0,
            (max(0, start - 4)..<start).contains(where: { reader.tokens[$0].isWord("by") })
        {
            return nil
        }
        var k = i + 1
        if let sign = reader.readCurrencySign(at: k), currency { k = sign.end }
        guard let second = reader.readNumber(at: k, currency: currency), !second.isRatio else { return nil }
        if isDash, !(reader.glued(i) && reader.glued(i + 1)) && !(connector.spaceBefore && reader[i + 1]?.spaceBefore == true) { return nil }
        guard second.value > 0 else { return nil }
        // "passed 9 to 2" is a tally, not a range: a range climbs, but for "from 9 to 2".
        if !isAnd, !fromRange, second.value <= low { return nil }
        var lowScale = 1.0
        if reader.tokens[second.first].kind == .number, let scale = reader.readScale(at: second.first + 1, currency: currency),
            scale.end == second.end, low < second.value / scale.factor
        {
            lowScale = scale.factor
        }
        return (second.value, second.end, lowScale)
    }

    /// Whether the "to" at `connector` closes "from A to B": "from" stands right before the
    /// figure that ends at the connector.
    private func isFromRange(connector: Int) -> Bool {
        guard let start = rangeStartIndex(before: connector), start > 0 else { return false }
        return reader.tokens[start - 1].isWord("from")
    }

    /// The token that starts the figure before token `i` (a number token, or a currency sign).
    private func rangeStartIndex(before i: Int) -> Int? {
        var k = i - 1
        while k > 0, reader.tokens[k].kind != .number { k -= 1 }
        if k > 0, reader.readCurrencySign(at: k - 1) != nil { return k - 1 }
        return k
    }

    /// "per barrel", "a share", "an hour", "/kg" after a figure: the rate's denominator as
    /// written and normalized (a unit by its name: "per kilo" is `kilogram`), and its end.
    private func rateDenominator(at i: Int) -> (written: String, normalized: String, end: Int)? {
        // "4,000 attempts a second": a rate when nothing follows; "a second" before a noun is
        // an ordinal ("a second term").
        if reader[i]?.isWord("a") == true, let noun = reader[i + 1], noun.isWord("second"), reader[i + 2].map({ $0.kind == .symbol }) ?? true {
            return (reader.text(i + 1), "second", i + 2)
        }
        guard let t = reader[i], t.isWord("per") || t.isWord("a") || t.isWord("an") || t.isSymbol("/"),
            let noun = reader[i + 1], noun.kind == .word, !noun.isCapitalized,
            !WordVocabulary.notCountNouns.contains(noun.lower), !NumberWords.isNumberWord(noun.lower),
            !noun.isWord("cent")
        else { return nil }
        if t.isWord("a") || t.isWord("an") {
            guard UnitVocabulary.rateNounsAfterA.contains(noun.lower) else { return nil }
            // "$6.1 billion a year earlier", "a month ago", "a year-long": a point or a stretch
            // of time, not a rate.
            if let next = reader[i + 2] {
                // "a year on from the crash" is a point in time; "a year on average" a rate.
                if next.kind == .word, UnitVocabulary.notRatesAfterPeriod.contains(next.lower),
                    !(next.isWord("on") && reader[i + 3]?.isWord("average") == true)
                {
                    return nil
                }
                if next.isSymbol("-"), reader.glued(i + 2) { return nil }
            }
        }
        if let unit = reader.readUnit(at: i + 1), unit.entry.kind != .percentage {
            return (reader.text(from: i + 1, through: unit.end - 1), unit.entry.normalized, unit.end)
        }
        let written = reader.text(i + 1)
        return (written, Inflection.singular(written), i + 2)
    }

    private func multipleWord(at i: Int) -> (Double, QuantityKind)? {
        let t = reader.tokens[i]
        guard t.kind == .word, let v = NumberWords.multipleWords[t.lower] else { return nil }
        // "double" and "triple" as adjectives ("a double standard", "double-digit") are not
        // figures; as a verb or before what they multiply they are: "more than double the
        // budget", "forecast to triple", "roughly double what it was worth".
        if t.lower == "double" || t.lower == "triple" || t.lower == "quadruple" {
            if reader[i + 1]?.isSymbol("-") == true, reader.glued(i + 1) { return nil }
            let cued = reader.changeCue(before: i) != nil || reader[i - 1].map { Keys.beforeVerbMultiple.contains($0.lower) } == true
            let object = reader[i + 1].map { Keys.afterMultiple.contains($0.lower) } == true
            guard cued || object, reader[i - 1]?.isWord("a") != true, reader[i - 1]?.isWord("the") != true else { return nil }
        }
        // "think twice" is an idiom, not a multiple.
        if t.lower == "twice", reader[i - 1].map({ Keys.twiceIdioms.contains($0.lower) }) == true { return nil }
        return (v, .multiple)
    }

    private mutating func skipNonQuantity(_ number: NumberReading) -> Int {
        var end = number.end
        // Swallow the rest of a date or code so its parts are not read again: "10:30", "2024-06-18".
        while let t = reader[end], reader.glued(end), t.kind == .symbol, [":", "-", "/"].contains(t.lower),
            let n = reader[end + 1], n.kind == .number, reader.glued(end + 1)
        {
            end += 2
        }
        return end
    }

    // MARK: - Output

    private mutating func append(first: Int, end: Int, value: QuantityValue, unit: String?, normalized: String?, kind: QuantityKind) {
        // A scale or a range end can carry a finite number past Double's range ("$1e300-2e300
        // trillion"): infinity is no value a reviewer, JSON or SQLite can hold, so no figure.
        switch value {
        case .exactly(let v): guard v.isFinite else { return }
        case .range(let low, let high): guard low.isFinite, high.isFinite else { return }
        }
        var end = end
        var value = value
        var start = reader.tokens[first].start
        var change: Change
        if case .exactly(let v) = value, let sign = minusSign(before: first, value: v) {
            // "-0.8%", "minus 12 degrees": the sign is part of the value (CQE's convention);
            // on a percentage it also says which way the figure moved.
            value = .exactly(-abs(v))
            start = reader.tokens[sign].start
            let cue = reader.changeCue(before: sign)
            change = kind == .percentage && (cue == nil || cue == .exact) ? .down : cue ?? .exact
        } else if reader[first - 1]?.isSymbol("-") == true, reader.glued(first), reader.glued(first - 1),
            reader[first - 2]?.isWord("sub") == true
        {
            // "sub-5 nanometre chips", "sub-£1,000 phones": below the figure.
            start = reader.tokens[first - 2].start
            change = .lessThan
        } else if case .range = value, reader[first - 1]?.isWord("from") == true {
            // "fell from 3.9% to 3.6%", "cuts the number of seats from 40 to 32": the verb
            // before "from" says which way the range goes.
            change = verbDirection(before: first - 1) ?? .exact
        } else {
            change = reader.changeCue(before: first) ?? .exact
        }
        if let trailing = reader.trailingCue(at: end) {
            change = trailing.change
            end = trailing.end
        }
        change = refinedChange(change, first: first, end: end, kind: kind)
        let read = reader.conceptAndWhole(first: first, end: end, isPart: kind.isPart)
        var concept = read.concept
        if let shared = conceptOfPairedFigure(before: first) {
            concept = shared
        } else if concept.isEmpty {
            concept = fallbackConcept(first: first, end: end, unit: unit, kind: kind)
        }
        let stop = reader.tokens[end - 1].end
        quantities.append(Quantity(
            text: String(decoding: reader.bytes[start..<stop], as: UTF8.self),
            span: start..<stop, value: value, unit: unit, normalizedUnit: normalized,
            change: change, concept: concept, whole: read.whole, kind: kind))
    }

    /// The concept of the figure right before a preposition that opens this one: "14 goals
    /// in 19 league games", "$2bn from 40 deals" are one claim about one subject, and the
    /// second figure names no owner of its own.
    private func conceptOfPairedFigure(before first: Int) -> [String]? {
        guard first >= 2, let previous = quantities.last, !previous.concept.isEmpty,
            reader.tokens[first - 2].end == previous.span.upperBound,
            reader.tokens[first - 1].kind == .word, Keys.pairingPrepositions.contains(reader.tokens[first - 1].lower)
        else { return nil }
        return previous.concept
    }

    /// What a figure whose sentence names no owner is about, as CQE's annotators take it: a
    /// count is about what it counts ("Millions of voters", "3 million Britons voted"), and a
    /// figure that follows another in its sentence is about the same thing ("Revenue was
    /// $7.4bn, up from $6.1bn"; "312 families were rehoused, while 45 remained").
    private func fallbackConcept(first: Int, end: Int, unit: String?, kind: QuantityKind) -> [String] {
        // "The senator, 71, said", "Quarterback Mensah, 28, completed": an age set off by
        // commas is the age of the name before it.
        if first >= 2, reader.tokens[first - 1].isSymbol(","), reader[first + 1]?.isSymbol(",") == true {
            var k = first - 2
            var words: [String] = []
            while k >= 0, reader.tokens[k].kind == .word, words.count < 4 {
                let t = reader.tokens[k]
                if !t.isCapitalized && !words.isEmpty { break }
                if WordVocabulary.determiners.contains(t.lower) { break }
                words.insert(reader.text(k), at: 0)
                if !t.isCapitalized { break }
                k -= 1
            }
            if !words.isEmpty { return words }
        }
        if kind == .ratio, let group = ratioGroup(after: end) { return group }
        if kind == .count, let unit {
            // "covid-19 death per day" counts deaths: the words before " per ", split on
            // bytes (a `String` separator search cost more than the rest of the figure).
            var bytes = WordList.words(unit)
            if let per = bytes.firstIndex(of: Array("per".utf8)), per > 0 { bytes.removeSubrange(per...) }
            let words = bytes.map { String(decoding: $0, as: UTF8.self) }
            if !words.isEmpty { return words }
        }
        guard let previous = quantities.last, !previous.concept.isEmpty else { return [] }
        var k = first - 1
        while k >= 0, reader.tokens[k].start >= previous.span.upperBound {
            let t = reader.tokens[k]
            if t.kind == .symbol, Keys.sentenceEnds.contains(t.lower) || t.isSymbol(";") { return [] }
            if first - k > 15 { return [] }
            k -= 1
        }
        return previous.concept
    }

    /// The group a ratio is a part of, named right after it: "one in eight small firms",
    /// "One in five adults in the region".
    private func ratioGroup(after end: Int) -> [String]? {
        let concept = ConceptReader(reader)
        guard let np = concept.nounPhrase(startingAt: end, ceiling: min(reader.tokens.count, end + 5)), np.first == end else { return nil }
        let words = concept.conceptWords(from: np.first, through: np.last)
        return words.isEmpty ? nil : words
    }

    /// The direction of the nearest verb of change within eight words before token `i`, in
    /// its clause: "fell", "cuts the number of seats".
    private func verbDirection(before i: Int) -> Change? {
        var k = i
        while k > 0, k >= i - 8, reader.tokens[k - 1].kind == .word {
            if let cue = reader.changeCue(before: k), cue == .up || cue == .down { return cue }
            k -= 1
        }
        return nil
    }

    /// The change cue corrected by what stands around the figure: a direction written after
    /// it ("12% more than a year ago", "a 9% increase"), the cue of the figure it restates
    /// ("rose $1.12, or 1.4%"), a span of time ("over four years" is no bound) and a verb
    /// of multiplying ("doubled", "to triple" go up).
    private func refinedChange(_ change: Change, first: Int, end: Int, kind: QuantityKind) -> Change {
        if change == .exact, let after = reader[end], after.kind == .word, !reader.glued(end) {
            // A comparative after a percentage is a relative change ("12% more than a year
            // ago"); after an amount it is a difference ("$2m more than planned").
            let comparative = Keys.comparatives.contains(after.lower)
            if !comparative || kind == .percentage {
                if Keys.risingAfter.contains(after.lower) { return .up }
                if Keys.fallingAfter.contains(after.lower) { return .down }
            }
        }
        if change == .exact, first >= 2, reader.tokens[first - 1].isWord("or"), reader.tokens[first - 2].isSymbol(","),
            let restated = quantities.last, restated.span.upperBound == reader.tokens[first - 2].start,
            restated.change == .up || restated.change == .down
        {
            return restated.change
        }
        if change == .moreThan, kind == .duration, first >= 1, reader.tokens[first - 1].isWord("over"),
            !(reader[first - 2].map { Keys.boundOver.contains($0.lower) } ?? false)
        {
            return .exact
        }
        if change == .exact, kind == .multiple, end == first + 1, reader.tokens[first].lower.string.hasSuffix("ed")
            || (reader[first - 1].map { Keys.beforeVerbMultiple.contains($0.lower) } ?? false)
        {
            return .up
        }
        return change
    }

    /// The token of a minus written before the number at `first`: a "-" or "−" glued to it
    /// and standing apart from what comes before ("the Nikkei -0.8%", "(-5%)", not the "-"
    /// of "5-10" or "2-0"), or the word "minus" or "negative" ("minus 12 degrees", not "10
    /// minus 2"). After a smaller number the dash joins a range typed loosely ("75 -300mm").
    private func minusSign(before first: Int, value: Double) -> Int? {
        guard let sign = reader[first - 1] else { return nil }
        if sign.isSymbol("-") || sign.isSymbol("−"), reader.glued(first) {
            guard let before = reader[first - 2] else { return first - 1 }
            if before.kind == .number, before.number < abs(value) { return nil }
            if sign.spaceBefore || (before.kind == .symbol && !Keys.dashes.contains(before.lower)) { return first - 1 }
            return nil
        }
        if sign.isWord("minus") || sign.isWord("negative"), reader[first - 2].map({ $0.kind != .number }) ?? true {
            return first - 1
        }
        return nil
    }

    /// An orphaned "%" or "percent" whose number is gone: "supplying % of machine tools".
    private mutating func noteGap(at i: Int) {
        let t = reader.tokens[i]
        if let hole = holeBefore(i) {
            addHole(hole, before: i)
            return
        }
        guard t.lex.contains(.gap) else { return }
        if t.lex.contains(.scale) {
            noteOrphanScale(at: i)
            return
        }
        let isPercentSign = t.isSymbol("%")
        let isPercentWord = t.isWord("percent") || (t.isWord("per") && reader[i + 1]?.isWord("cent") == true)
        let isPointWord = (t.isWord("points") || t.isWord("percentage")) && reader[i - 1].map { ["by", "of", "to", "at", "from"].contains($0.lower) } == true
        guard isPercentSign || isPercentWord || isPointWord else { return }
        // "rates in percent rather than basis points": the unit named as a unit.
        if isPercentWord, let previous = reader[i - 1], Keys.currencyNamers.contains(previous.lower) { return }
        if let previous = reader[i - 1], previous.kind == .number || NumberWords.isNumberWord(previous.lower) { return }
        let reason = isPercentSign ? "percentage sign with no number"
            : isPercentWord ? "\"\(reader.text(i))\" with no number" : "\"\(reader.text(i))\" with no number before it"
        addGap(at: i, end: i + 1, reason: reason)
    }

    /// Words after which a figure, not punctuation, must come: "rose to .", "cost  million".
    private static let wordsBeforeFigures: TokenSet = [
        "to", "by", "of", "from", "than", "at", "about", "around", "nearly", "almost", "some", "over", "under",
        "reached", "hit", "totalled", "totaled", "topped", "exceeded", "was", "were", "is", "are", "cost", "costs",
        "worth", "employs", "killed", "injured", "rose", "fell", "grew", "increased", "decreased", "dropped",
        "gained", "lost", "jumped", "climbed", "approximately", "roughly", "estimated", "the", "a", "just", "only",
    ]

    /// The bytes where a number was cut out before token `i`: two spaces between words
    /// ("employs  workers", "rose by  points"), or a space before punctuation after a word
    /// that needs a figure ("rose to .").
    private func holeBefore(_ i: Int) -> Range<Int>? {
        guard i > 0 else { return nil }
        let previous = reader.tokens[i - 1]
        let t = reader.tokens[i]
        let width = t.start - previous.end
        // Runs on every token: most are one space after a word, which the checks below
        // dismiss by kind before reading a byte or a vocabulary.
        guard t.spaceBefore, width >= 1 else { return nil }
        if width >= 2 {
            guard reader.bytes[previous.end..<t.start].allSatisfy({ $0 == 0x20 }) else { return nil }
            // Two spaces after a clause's punctuation are typography, not a hole…
            let afterPunctuation = previous.kind == .symbol && Keys.clausePunctuation.contains(previous.lower)
            // A capitalized word after two spaces ("Mr  Jones") is typography: a lost figure
            // is followed by what it counted, in lowercase.
            if !afterPunctuation, (t.kind == .word && !t.isCapitalized) || t.lex.contains(.currency) || t.lex.contains(.gap) {
                return previous.end..<t.start
            }
            // …unless a lowercase word follows a full stop: "…police said.  workers struck"
            // lost its first word, most often a figure.
            if previous.kind == .symbol, Keys.sentenceEnds.contains(previous.lower),
                t.kind == .word, !t.isCapitalized, !reader.text(i).contains(where: \.isUppercase)
            {
                return previous.end..<t.start
            }
        } else if reader.bytes[previous.end] != 0x20 {
            return nil
        }
        switch t.kind {
        case .symbol:
            guard previous.kind == .word else { return nil }
            // "a -year-old man", "the -magnitude quake": a hyphen left hanging before its unit.
            if Keys.hyphens.contains(t.lower) {
                if let next = reader[i + 1], next.kind == .word, reader.glued(i + 1) { return previous.end..<t.start }
                return nil
            }
            // "rose to .": punctuation where the figure should be.
            if Keys.holePunctuation.contains(t.lower), Self.wordsBeforeFigures.contains(previous.lower) {
                return previous.end..<t.start
            }
            return nil
        case .word:
            // "a temperature of C": a scale letter with its number gone.
            guard t.isCapitalized, t.lower == Keys.celsius || t.lower == Keys.fahrenheit,
                Self.wordsBeforeFigures.contains(previous.lower),
                reader[i + 1].map({ !reader.glued(i + 1) && ($0.kind != .word || !$0.isCapitalized) }) ?? true
            else { return nil }
            return previous.end..<t.start
        default:
            return nil
        }
    }

    private mutating func addHole(_ hole: Range<Int>, before i: Int) {
        let last = min(reader.count - 1, i + 2)
        var lastWord = i
        while lastWord < last, reader.tokens[lastWord + 1].kind == .word { lastWord += 1 }
        gaps.append(FigureGap(
            text: reader.text(from: i - 1, through: lastWord), span: hole,
            reason: "a gap in the sentence where a figure seems to have been cut out"))
    }

    /// Whether a currency sign with no number lost one: "cost $ million", "a fee of £." — not
    /// a price band ("$$$"), nor a currency named as such ("costs are given in £ unless…").
    private func isLostAmount(_ sign: CurrencySign) -> Bool {
        let before = reader[sign.first - 1], after = reader[sign.end]
        if let after, after.lex.contains(.currency), reader.glued(sign.end) { return false }
        if let before, before.lex.contains(.currency), reader.glued(sign.first) { return false }
        if let after, after.lex.contains(.scale) { return true }
        guard let before, before.kind == .word else { return true }
        return Self.wordsBeforeFigures.contains(before.lower) || !Keys.currencyNamers.contains(before.lower)
    }

    /// "cost  million", "a budget of billion": a scale with no number before it. "a million",
    /// "millions of", "parts per million" and "million-dollar" are whole.
    private mutating func noteOrphanScale(at i: Int) {
        // "Million Dollar Baby" is a title and "multi-million" a compound, not lost figures.
        guard let previous = reader[i - 1], previous.kind == .word || previous.kind == .symbol,
            !reader.tokens[i].isCapitalized, !(previous.isSymbol("-") && reader.glued(i)),
            !(reader[i + 1]?.isSymbol("-") == true && reader.glued(i + 1)),
            !Keys.beforeScale.contains(previous.lower), !NumberWords.isNumberWord(previous.lower),
            reader.readCurrencySign(at: i - 1) == nil, previous.lex.isDisjoint(with: [.numberStart])
        else { return }
        addGap(at: i, end: i + 1, reason: "\"\(reader.text(i))\" with no number before it")
    }

    private mutating func addGap(at i: Int, end: Int, reason: String) {
        // Show the hole with a few words of context so the reviewer can find it.
        var last = end - 1
        while last + 1 < reader.count, last < end + 4, reader.tokens[last + 1].kind == .word { last += 1 }
        let start = reader.tokens[i].start
        gaps.append(FigureGap(
            text: reader.text(from: i, through: last),
            span: start..<reader.tokens[end - 1].end, reason: reason))
    }
}
