/// A number read from one or more tokens: digits, words, a scale and a fraction.
struct NumberReading {
    var value: Double
    /// Token indices covered: `first..<end`.
    var first: Int
    var end: Int
    /// True when the number is written in words ("twenty-four", "a dozen").
    var inWords = false
    /// True when the number is a plain integer written without separators, scale or words:
    /// the only kind that can be a year, a name ("24 Kanal") or a code.
    var isBareInteger = false
    /// Set when the number is a fraction or ratio ("two-thirds", "one in five", "3:1").
    var isRatio = false
}

extension Reader {
    /// Reads a number starting at token `i`, in digits or in words.
    ///
    /// - Parameter currency: whether a currency sign stands before, which lets "m" and "b"
    ///   mean million and billion ("£800m").
    ///
    /// A number whose value leaves Double's range ("1e300 trillion") is no number: nil, as
    /// for a word that is none, since no value could stand for it.
    func readNumber(at i: Int, currency: Bool) -> NumberReading? {
        guard let reading = readAnyNumber(at: i, currency: currency), reading.value.isFinite else { return nil }
        return reading
    }

    private func readAnyNumber(at i: Int, currency: Bool) -> NumberReading? {
        guard let t = self[i] else { return nil }
        switch t.kind {
        case .number: return readDigits(at: i, currency: currency)
        case .word: return readWords(at: i) ?? readDigitsAfterDollarCode(at: i, currency: currency)
        case .symbol:
            guard let v = NumberWords.vulgarFractions[t.lower.string] else { return nil }
            return NumberReading(value: v, first: i, end: i + 1, isRatio: true)
        default: return nil
        }
    }

    private func readDigits(at i: Int, currency: Bool) -> NumberReading {
        let t = tokens[i]
        var reading = NumberReading(value: t.number, first: i, end: i + 1)
        reading.isBareInteger = !t.isFormatted
        // "2½", "2 ½"
        if !t.isFormatted, let f = self[i + 1], f.kind == .symbol, let v = NumberWords.vulgarFractions[f.lower.string] {
            reading.value += v
            reading.end = i + 2
            reading.isBareInteger = false
            return reading
        }
        // "2 1/2" and "1/2": a fraction of small integers.
        if let fraction = readFraction(at: i + 1), self[i + 1]?.spaceBefore == true, !t.isFormatted {
            reading.value += fraction.value
            reading.end = fraction.end
            reading.isBareInteger = false
        } else if let slash = self[i + 2], self[i + 1]?.isSymbol("/") == true, glued(i + 1), glued(i + 2),
            slash.kind == .number, !t.isFormatted, t.number < slash.number,
            // Fractions in prose are halves to tenths, or inches; "9/11" names a day.
            slash.number <= 10 || slash.number == 16 || slash.number == 32 || slash.number == 64,
            self[i + 3]?.isSymbol("/") != true
        {
            reading.value = t.number / slash.number
            reading.end = i + 3
            reading.isBareInteger = false
            reading.isRatio = true
            return reading
        }
        // "3:1" is a ratio; "10:30" is a time of day, which the date filter handles.
        if self[i + 1]?.isSymbol(":") == true, glued(i + 1), glued(i + 2), let rhs = self[i + 2],
            rhs.kind == .number, rhs.integerDigits == 1, !rhs.isFormatted
        {
            reading.value = rhs.number == 0 ? t.number : t.number / rhs.number
            reading.end = i + 3
            reading.isBareInteger = false
            reading.isRatio = true
            return reading
        }
        if let scale = readScale(at: reading.end, currency: currency) {
            reading.value = reading.value.scaled(by: scale.factor)
            reading.end = scale.end
            reading.isBareInteger = false
        }
        return reading
    }

    /// The amount in "$US12,345,000" or "$A1.5bn", whose first digits the tokenizer keeps in
    /// one word with the country's letters ("US12"): those digits, then the groups or the
    /// decimals glued after them, then a scale.
    private func readDigitsAfterDollarCode(at i: Int, currency: Bool) -> NumberReading? {
        guard currency, self[i - 1]?.isSymbol("$") == true, glued(i), let digitsStart = codeDigitsStart(at: i),
            let whole = Double(String(decoding: bytes[digitsStart..<tokens[i].end], as: UTF8.self))
        else { return nil }
        var reading = NumberReading(value: whole, first: i, end: i + 1)
        if let mark = self[i + 1], mark.isSymbol(",") || mark.isSymbol("."), glued(i + 1), glued(i + 2),
            let rest = self[i + 2], rest.kind == .number
        {
            let restDigits = bytes[rest.start..<rest.end].prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            if mark.isSymbol(","), restDigits == 3 {
                // "US12" "," "345,000": the rest holds whole groups of three.
                reading.value = whole * pow10(rest.integerDigits) + rest.number
                reading.end = i + 3
            } else if mark.isSymbol("."), !rest.isFormatted {
                reading.value = whole + rest.number / pow10(rest.integerDigits)
                reading.end = i + 3
            }
        }
        if let scale = readScale(at: reading.end, currency: true) {
            reading.value = reading.value.scaled(by: scale.factor)
            reading.end = scale.end
        }
        return reading
    }

    private func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// "1/2" after a whole number: numerator and denominator glued to the slash.
    private func readFraction(at i: Int) -> (value: Double, end: Int)? {
        guard let n = self[i], n.kind == .number, !n.isFormatted, self[i + 1]?.isSymbol("/") == true,
            glued(i + 1), glued(i + 2), let d = self[i + 2], d.kind == .number, d.number > n.number,
            d.number <= 16
        else { return nil }
        return (n.number / d.number, i + 3)
    }

    /// A multiplier after a number: "million", "bn", glued "k"; "m" and "b" only for money.
    func readScale(at i: Int, currency: Bool) -> (factor: Double, end: Int)? {
        guard let w = self[i], w.kind == .word else { return nil }
        if let s = NumberWords.scales[w.lower] {
            // "3.5 million" may go on: "1.2 trillion" is final, "two hundred thousand" is not digits.
            if let next = self[i + 1], next.kind == .word, let more = NumberWords.scales[next.lower], more > s {
                return (s * more, i + 2)
            }
            return (s, i + 1)
        }
        if let s = NumberWords.abbreviatedScales[w.lower], glued(i) || w.lower.count > 1 {
            return (s, i + 1)
        }
        // "800m euros": the currency word after the scale makes "m" a million.
        if glued(i), let s = NumberWords.capitalScales[text(i)] {
            return (s, i + 1)
        }
        if currency || readCurrencyWord(at: i + 1) != nil, glued(i), let s = NumberWords.currencyScales[w.lower] {
            return (s, i + 1)
        }
        if w.isWord("m"), glued(i), isMillion(m: i) { return (1_000_000, i + 1) }
        return nil
    }

    /// Whether a glued "m" at `i` is a million though no currency stands by: before a unit
    /// ("2.3m tonnes", "5m barrels", "viewed 5m times") or a counted plural ("3m people",
    /// "2m Britons", "40m of its speakers", "40m of them"), also as the first end of a range
    /// ("between 5m and 10m people"). Before anything else it is metres:
    /// "a 40m yacht", "ran 100m in 9.58 seconds", "the 5m mark", before a size ("20m tall
    /// trees") and before things measured in metres (`NounVocabulary.metreNouns`: "10m
    /// waves", "the 100m hurdles").
    private func isMillion(m i: Int) -> Bool {
        // "between 5m and 10m people", "5m-10m viewers": the first end is what the second is.
        if let link = self[i + 1], link.isWord("and") || link.isWord("to") || link.isWord("or") || Keys.dashes.contains(link.lower),
            self[i + 2]?.kind == .number, let m = self[i + 3], m.isWord("m"), glued(i + 3)
        {
            return isMillion(m: i + 3)
        }
        guard let next = self[i + 1], next.kind == .word, next.spaceBefore,
            !NounVocabulary.metreAdjectives.contains(next.lower)
        else { return false }
        if readUnit(at: i + 1) != nil { return true }
        var k = i + 1
        if next.isWord("of") {
            k += 1
            if let t = self[k], NounVocabulary.pluralPronouns.contains(t.lower) { return true }
            while let t = self[k], WordVocabulary.determiners.contains(t.lower) { k += 1 }
        }
        guard let phrase = countedNounPhrase(at: k) else { return false }
        return !NounVocabulary.metreNouns.contains(tokens[phrase.end - 1].lower)
    }

    // MARK: - Words

    /// Digits spoken after "point": "five" → .5, "zero three" → .03, "seventy-one" → .71.
    private func readSpokenDecimals(at start: Int) -> (value: Double, end: Int)? {
        // `Int(v)` below converts the vocabulary's constants (0…99), never a figure read from
        // text, so it cannot trap.
        var digits = ""
        var k = start
        while let t = self[k], t.kind == .word {
            if let v = NumberWords.units[t.lower] {
                digits += String(Int(v))
                k += 1
            } else if let v = NumberWords.tens[t.lower] {
                if self[k + 1]?.isSymbol("-") == true, glued(k + 1), let u = self[k + 2].flatMap({ NumberWords.units[$0.lower] }), u < 10 {
                    digits += String(Int(v + u))
                    k += 3
                } else {
                    digits += String(Int(v))
                    k += 1
                }
            } else {
                break
            }
        }
        guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
        return (value, k)
    }

    /// A large scale word after a fraction: "million" in "half a million".
    private func fractionScale(at i: Int) -> (factor: Double, end: Int)? {
        guard let t = self[i], t.kind == .word, let s = NumberWords.scales[t.lower], s >= 1_000 || s == 12 else { return nil }
        return (s, i + 1)
    }

    private func readWords(at i: Int) -> NumberReading? {
        let first = tokens[i].lower
        // "a dozen", "a million", "a third", "a half"
        if first == "a" || first == "an" {
            guard let next = self[i + 1], next.kind == .word, next.lex.contains(.afterA) else { return nil }
            // "a hundred and two", "a thousand": the scale opens a number in words.
            if NumberWords.scales[next.lower] != nil, next.lower != "dozen", next.lower != "dozens" {
                return readWordSequence(first: i, from: i + 1)
            }
            if let v = NumberWords.collectives[next.lower], next.lower != "score" {
                var reading = NumberReading(value: v, first: i, end: i + 2, inWords: true)
                if let scale = readScale(at: i + 2, currency: false), NumberWords.scales[next.lower] == nil {
                    reading.value = reading.value.scaled(by: scale.factor)
                    reading.end = scale.end
                }
                return reading
            }
            // "a quarter million"
            if let d = NumberWords.fractions[next.lower], let scale = fractionScale(at: i + 2) {
                return NumberReading(value: scale.factor / d, first: i, end: scale.end, inWords: true)
            }
            // "a third of voters", and the size of a change: "fell by a third".
            if let d = NumberWords.fractions[next.lower], next.lower.hasSuffix("s") == false,
                self[i + 2]?.isWord("of") == true || self[i - 1]?.isWord("by") == true
            {
                return NumberReading(value: 1 / d, first: i, end: i + 2, inWords: true, isRatio: true)
            }
            return nil
        }
        // "half a million", "half million", "quarter million"
        if first == "half" || first == "quarter", let d = NumberWords.fractions[first] {
            let k = self[i + 1]?.isWord("a") == true ? i + 2 : i + 1
            if let scale = fractionScale(at: k) {
                return NumberReading(value: scale.factor / d, first: i, end: scale.end, inWords: true)
            }
        }
        // "half a percentage point", "half an hour"
        if first == "half", let a = self[i + 1], a.isWord("a") || a.isWord("an"), readUnit(at: i + 2) != nil {
            return NumberReading(value: 0.5, first: i, end: i + 2, inWords: true)
        }
        // "half of the residents", "cut by half"; "the first half of the year" is a period.
        if first == "half", self[i - 1].map({ $0.isWord("first") || $0.isWord("second") }) != true,
            self[i + 1]?.isWord("of") == true || (self[i - 1]?.isWord("by") == true && self[i + 1]?.kind != .word)
        {
            return NumberReading(value: 0.5, first: i, end: i + 1, inWords: true, isRatio: true)
        }
        guard NumberWords.units[first] != nil || NumberWords.tens[first] != nil else { return nil }
        return readWordSequence(first: i, from: i)
    }

    /// Number words from token `k` on ("twenty-four", "one hundred and five", "two million
    /// and three fifths"), for a reading that starts at token `i`.
    private func readWordSequence(first i: Int, from start: Int) -> NumberReading? {
        var total = 0.0
        var current = 0.0
        var end = i
        var lastWasUnit = false
        /// The last scale read ("million"), which a trailing fraction divides: "one million
        /// and a half" is 1.5 million, not a million and a half.
        var lastScale: Double?
        var k = start
        while let t = self[k] {
            if t.isSymbol("-"), glued(k), glued(k + 1),
                let next = self[k + 1], next.kind == .word
            {
                // "twenty-four" joins; "two-thirds" is a fraction.
                if let d = NumberWords.fractions[next.lower], current + total > 0 {
                    return NumberReading(value: (total + current) / d, first: i, end: k + 2, inWords: true, isRatio: true)
                }
                if NumberWords.units[next.lower] != nil, !lastWasUnit {
                    k += 1
                    continue
                }
                break
            }
            guard t.kind == .word else { break }
            let w = t.lower
            if let v = NumberWords.units[w] {
                if lastWasUnit { break }
                current += v
                lastWasUnit = true
            } else if let v = NumberWords.tens[w] {
                if lastWasUnit || current.truncatingRemainder(dividingBy: 100) != 0 { break }
                current += v
                lastWasUnit = false
            } else if w == "hundred" {
                current = max(current, 1) * 100
                lastWasUnit = false
            } else if let s = NumberWords.scales[w] {
                if current == 0, let last = lastScale, s > last, k > start {
                    // "three lakh crore": a larger scale right after a scale multiplies it.
                    total *= s
                } else {
                    total += max(current, 1) * s
                }
                current = 0
                lastScale = s
                lastWasUnit = false
            } else if w == "point", k > start, let decimals = readSpokenDecimals(at: k + 1) {
                // "five point five", "two hundred point zero three"
                return NumberReading(value: total + current + decimals.value, first: i, end: decimals.end, inWords: true)
            } else if w == "and", k > i, let next = self[k + 1], next.kind == .word {
                // "one and a half", "three and one fourth", "one million and a half",
                // "one billion and a half million": a fraction after "and" ends the number.
                let numeratorAt = k + 1
                let numerator = next.isWord("a") || next.isWord("an") ? 1.0 : NumberWords.units[next.lower]
                if let numerator, let fraction = self[numeratorAt + 1], fraction.kind == .word,
                    let d = NumberWords.fractions[fraction.lower], fraction.lower != "second", fraction.lower != "seconds"
                {
                    var part = numerator / d
                    var stop = numeratorAt + 2
                    if let scale = fractionScale(at: stop) {
                        stop = scale.end
                        // "one and a half million" is 1.5 million; "one billion and a half
                        // million" is a billion and half a million.
                        guard total > 0 else {
                            return NumberReading(value: (current + part) * scale.factor, first: i, end: stop, inWords: true)
                        }
                        part *= scale.factor
                    } else if current == 0, let last = lastScale {
                        part *= last
                    }
                    return NumberReading(value: total + current + part, first: i, end: stop, inWords: true)
                }
                guard NumberWords.units[next.lower] != nil || NumberWords.tens[next.lower] != nil,
                    total + current >= 100
                else { break }
                lastWasUnit = false
            } else if let d = NumberWords.fractions[w], current + total > 0, w != "second" {
                // "two thirds of", "one eighth"
                // "three quarters billion"
                if let scale = fractionScale(at: k + 1) {
                    return NumberReading(value: (total + current) / d * scale.factor, first: i, end: scale.end, inWords: true)
                }
                guard self[k + 1]?.isWord("of") == true || w.hasSuffix("s") || (current == 1 && total == 0) else { break }
                return NumberReading(value: (total + current) / d, first: i, end: k + 1, inWords: true, isRatio: true)
            } else {
                break
            }
            k += 1
            if w != "and" { end = k }
        }
        guard end > i else { return nil }
        return NumberReading(value: total + current, first: i, end: end, inWords: true)
    }
}

extension Double {
    /// This value times a scale, exact in decimal: 16.4 million is 16400000, where plain
    /// multiplication gives 16399999.999999998, which a reviewer would rightly distrust.
    func scaled(by factor: Double) -> Double {
        guard isFinite else { return self * factor }
        var power = 1.0
        for exponent in 1...15 {
            power *= 10
            if power == factor { return Double("\(self)e\(exponent)") ?? self * factor }
        }
        return self * factor
    }
}
