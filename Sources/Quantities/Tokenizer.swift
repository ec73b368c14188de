/// A hand-written UTF-8 scanner that splits text into `Token`s.
///
/// Written by hand rather than with regular expressions because it is the hot path of the
/// extractor: one pass over the bytes, no backtracking, no bridging to NSString.
///
/// It reads an unsafe buffer because bounds checks on every byte cost a third of its time;
/// every index is checked against `bytes.count` by the loops themselves.
struct Tokenizer {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var i = 0
        var sawSpace = false
        while i < bytes.count {
            let b = bytes[i]
            if let width = spaceWidth(at: i) {
                sawSpace = true
                i += width
                continue
            }
            var token: Token
            if let end = urlEnd(at: i) {
                // Links carry digits and "%20" escapes that are no figures.
                token = make(.code, i, end)
            } else if isDigit(b) || (b == UInt8(ascii: ".") && startsBareDecimal(at: i)) {
                token = scanNumber(at: i)
            } else if arabicDigit(at: i) != nil {
                token = scanArabicNumber(at: i)
            } else if let width = letterWidth(at: i) {
                token = scanWord(at: i, firstWidth: width)
                token.lex = Lexicon.roles(of: token.lower)
            } else if b == 0x1B || b == 0xC2, let end = EscapeSequence.end(in: bytes, at: i) {
                // Terminal escape sequences and C1 controls are formatting: skipped like a
                // space, so "ESC [0m" is no "0m". Tested here, after every common byte class,
                // so ordinary text pays nothing for it.
                sawSpace = true
                i = end
                continue
            } else {
                let width = scalarWidth(at: i)
                token = make(.symbol, i, i + width)
                token.lex = Lexicon.roles(of: token.lower)
            }
            token.spaceBefore = sawSpace || tokens.isEmpty
            sawSpace = false
            i = token.end
            tokens.append(token)
        }
        return tokens
    }

    // MARK: - Numbers

    /// The ASCII digit for an Arabic-Indic digit at `i` ("٥" U+0665, "۵" U+06F5).
    private func arabicDigit(at i: Int) -> UInt8? {
        guard i + 1 < bytes.count else { return nil }
        let (b0, b1) = (bytes[i], bytes[i + 1])
        if b0 == 0xD9, (0xA0...0xA9).contains(b1) { return UInt8(ascii: "0") + (b1 - 0xA0) }
        if b0 == 0xDB, (0xB0...0xB9).contains(b1) { return UInt8(ascii: "0") + (b1 - 0xB0) }
        return nil
    }

    /// Arabic-Indic digits with "٬" grouping and "٫" decimals: "١٢٬٠٠٠", "٣٫٥".
    private func scanArabicNumber(at start: Int) -> Token {
        var i = start
        var digits: [UInt8] = []
        var formatted = false
        var integerDigits = 0
        var inFraction = false
        while i < bytes.count {
            if let d = arabicDigit(at: i) {
                digits.append(d)
                if !inFraction { integerDigits += 1 }
                i += 2
            } else if i + 1 < bytes.count, bytes[i] == 0xD9, bytes[i + 1] == 0xAC, !inFraction, arabicDigit(at: i + 2) != nil {
                formatted = true
                i += 2
            } else if i + 1 < bytes.count, bytes[i] == 0xD9, bytes[i + 1] == 0xAB, !inFraction, arabicDigit(at: i + 2) != nil {
                digits.append(UInt8(ascii: "."))
                inFraction = true
                formatted = true
                i += 2
            } else {
                break
            }
        }
        guard integerDigits <= 15 else { return make(.code, start, i) }
        var token = make(.number, start, i)
        token.number = Double(String(decoding: digits, as: UTF8.self)) ?? 0
        if token.number == 0 && Self.hasNonZeroMantissa(digits) { return make(.code, start, i) }
        token.isFormatted = formatted
        token.integerDigits = integerDigits
        return token
    }

    /// ".08" at the start of a figure: a point after no digit and before one.
    private func startsBareDecimal(at i: Int) -> Bool {
        guard i + 1 < bytes.count, isDigit(bytes[i + 1]) else { return false }
        if i == 0 { return true }
        let before = bytes[i - 1]
        return !isDigit(before) && letterWidth(at: i - 1) == nil && before < 0x80 && before != UInt8(ascii: ".")
    }

    private static let urlPrefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

    /// The end of a web address starting at `i` ("https://…", "www.…"), at the next space.
    private func urlEnd(at i: Int) -> Int? {
        let b = bytes[i] | 0x20
        guard b == UInt8(ascii: "h") || b == UInt8(ascii: "w"), i + 4 < bytes.count,
            bytes[i + 1] | 0x20 == (b == UInt8(ascii: "h") ? UInt8(ascii: "t") : UInt8(ascii: "w")),
            i == 0 || letterWidth(at: i - 1) == nil
        else { return nil }
        guard Self.urlPrefixes.contains(where: { p in
            i + p.count < bytes.count && (0..<p.count).allSatisfy { bytes[i + $0] | (p[$0] >= 0x61 ? 0x20 : 0) == p[$0] }
        }) else { return nil }
        var end = i
        while end < bytes.count, spaceWidth(at: end) == nil { end += 1 }
        // A sentence's closing punctuation is not part of the link.
        while end > i + 1, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";")].contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    private func scanNumber(at start: Int) -> Token {
        var i = start
        var digits: [UInt8] = []
        // "020", "007": a zero-led run of three or more digits is a code (a phone prefix, an
        // agent), never "20"; two ("06") are left to the date rules.
        if bytes[i] == UInt8(ascii: "0"), i + 2 < bytes.count, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]) {
            var j = i + 1
            while j < bytes.count, isDigit(bytes[j]) { j += 1 }
            if bytes[i..<j].contains(where: { $0 != UInt8(ascii: "0") }) { return make(.code, start, j) }
        }
        if bytes[i] == UInt8(ascii: ".") {
            // ".08": read as "0.08"; the decimal branch below takes the digits.
            digits.append(UInt8(ascii: "0"))
        }
        while i < bytes.count, isDigit(bytes[i]) { digits.append(bytes[i]); i += 1 }
        let leadingDigits = digits.count
        var formatted = false
        var integerDigits = digits.count
        // Indian grouping: "12,34,567" (lakhs), pairs of digits before the last three.
        if leadingDigits <= 2, let end = indianGroupsEnd(at: i) {
            for k in i..<end where isDigit(bytes[k]) { digits.append(bytes[k]) }
            integerDigits = digits.count
            formatted = true
            i = end
        } else if leadingDigits <= 3 {
            // Where the last space-separated group was taken, to undo a list "99 100 101".
            var beforeSpaces: (i: Int, digits: Int, integerDigits: Int, formatted: Bool)?
            while true {
                if i < bytes.count, bytes[i] == UInt8(ascii: ","), isGroup(at: i + 1) {
                    digits.append(contentsOf: bytes[(i + 1)..<(i + 4)])
                    i += 4
                } else if let w = spaceWidth(at: i), w == 1 ? bytes[i] == 0x20 : true,
                    isGroup(at: i + w), !groupFollowedByHyphen(at: i + w)
                {
                    if beforeSpaces == nil { beforeSpaces = (i, digits.count, integerDigits, formatted) }
                    digits.append(contentsOf: bytes[(i + w)..<(i + w + 3)])
                    i += w + 3
                } else {
                    break
                }
                formatted = true
                integerDigits += 3
            }
            // "13 000 people" is one number, but "99 100 101 … 1000" is a list: when another
            // number follows the groups after a space, none of the spaces grouped anything.
            if let saved = beforeSpaces, let w = spaceWidth(at: i), i + w < bytes.count, isDigit(bytes[i + w]) {
                i = saved.i
                digits.removeLast(digits.count - saved.digits)
                integerDigits = saved.integerDigits
                formatted = saved.formatted
            }
        }
        // Sixteen digits and more are identifiers (card, account, serial numbers), and would
        // not survive as a Double anyway.
        if integerDigits > 15 {
            while i < bytes.count, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: ".") { i += 1 }
            return make(.code, start, i)
        }
        // A decimal part, then anything like "1.2.3" or "10.0.0.1" is a code, not an amount.
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) {
            var j = i + 1
            var fraction: [UInt8] = [UInt8(ascii: ".")]
            while j < bytes.count, isDigit(bytes[j]) { fraction.append(bytes[j]); j += 1 }
            if j + 1 < bytes.count, bytes[j] == UInt8(ascii: "."), isDigit(bytes[j + 1]) {
                while j < bytes.count, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ".") { j += 1 }
                return make(.code, start, j)
            }
            digits.append(contentsOf: fraction)
            formatted = true
            i = j
        }
        // Scientific notation: "1e10", "1.3e6", "12.32e+14", "9.83e-3".
        if let end = exponentEnd(at: i) {
            digits.append(contentsOf: bytes[i..<end])
            formatted = true
            i = end
        }
        var token = make(.number, start, i)
        token.number = Double(String(decoding: digits, as: UTF8.self)) ?? 0
        // Past Double's range ("1e999") or below it ("1e-400", which would read as 0): no
        // value can stand for it, so it is no figure.
        if !token.number.isFinite || (token.number == 0 && Self.hasNonZeroMantissa(digits)) { return make(.code, start, i) }
        token.isFormatted = formatted
        token.integerDigits = integerDigits
        return token
    }

    /// True when the digits before any exponent hold a non-zero digit: the number is not
    /// zero, whatever Double made of it.
    private static func hasNonZeroMantissa(_ digits: [UInt8]) -> Bool {
        for d in digits {
            if d | 0x20 == UInt8(ascii: "e") { return false }
            if d >= UInt8(ascii: "1") && d <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// The end of ",dd,…,ddd" at `i`: one or more pairs, then a final group of three.
    private func indianGroupsEnd(at start: Int) -> Int? {
        var i = start
        var pairs = 0
        while i + 2 < bytes.count, bytes[i] == UInt8(ascii: ","), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]),
            i + 3 < bytes.count, bytes[i + 3] == UInt8(ascii: ",")
        {
            pairs += 1
            i += 3
        }
        guard pairs > 0, i < bytes.count, bytes[i] == UInt8(ascii: ","), isGroup(at: i + 1) else { return nil }
        return i + 4
    }

    /// The end of an exponent "e6", "E+14", "e-3" at `i`, if the letters stop after its digits.
    private func exponentEnd(at start: Int) -> Int? {
        guard start < bytes.count, bytes[start] | 0x20 == UInt8(ascii: "e") else { return nil }
        var i = start + 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        guard i > digitsStart, i - digitsStart <= 3, letterWidth(at: i) == nil else { return nil }
        return i
    }

    /// Exactly three digits at `i`, not followed by another digit.
    private func isGroup(at i: Int) -> Bool {
        guard i + 3 <= bytes.count else { return false }
        for k in i..<(i + 3) where !isDigit(bytes[k]) { return false }
        return i + 3 == bytes.count || !isDigit(bytes[i + 3])
    }

    /// "5 100-metre" reads as two figures, not 5100.
    private func groupFollowedByHyphen(at i: Int) -> Bool {
        i + 3 < bytes.count && bytes[i + 3] == UInt8(ascii: "-")
    }

    // MARK: - Words

    private func scanWord(at start: Int, firstWidth: Int) -> Token {
        var i = start + firstWidth
        while i < bytes.count {
            // ASCII letters and digits first: they are nearly every byte of a word.
            let b = bytes[i] | 0x20
            if (b >= 0x61 && b <= 0x7A) || isDigit(bytes[i]) { i += 1; continue }
            if let w = letterWidth(at: i) { i += w; continue }
            // Inner apostrophes keep "Putin's" and "don't" whole.
            if let w = apostropheWidth(at: i), letterWidth(at: i + w) != nil { i += w; continue }
            break
        }
        return makeWord(start, i)
    }

    /// A word token, lowercased byte by byte when it is ASCII, which news text mostly is:
    /// `String.lowercased()` goes through full Unicode case mapping and dominated the profile.
    private func makeWord(_ start: Int, _ end: Int) -> Token {
        var hasLower = false
        var ascii = true
        for k in start..<end {
            let b = bytes[k]
            if b >= 0x80 { ascii = false; break }
            if b >= 0x61 && b <= 0x7A { hasLower = true }
        }
        var token: Token
        if ascii {
            let lower = TokenKey(lowercasingASCII: bytes, start..<end)
            token = Token(kind: .word, start: start, end: end, lower: lower)
            token.isCapitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
            token.isAllCaps = !hasLower
        } else {
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            token = Token(kind: .word, start: start, end: end, lower: TokenKey(text.lowercased().utf8))
            token.isCapitalized = text.unicodeScalars.first?.properties.isUppercase ?? false
            token.isAllCaps = text == text.uppercased()
        }
        return token
    }

    private func make(_ kind: Token.Kind, _ start: Int, _ end: Int) -> Token {
        Token(kind: kind, start: start, end: end, lower: kind == .symbol ? TokenKey(bytes[start..<end]) : TokenKey([]))
    }

    // MARK: - Byte classes

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Width of a whitespace character at `i`, counting no-break and thin spaces.
    private func spaceWidth(at i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80
            && (bytes[i + 2] == 0xAF || (0x80...0x8A).contains(bytes[i + 2])): return 3
        default: return nil
        }
    }

    private func apostropheWidth(at i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    private func letterWidth(at i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) ? 1 : nil
        }
        let width = scalarWidth(at: i)
        guard let scalar = decode(at: i, width: width) else { return nil }
        return scalar.properties.isAlphabetic ? width : nil
    }

    /// Byte length of the UTF-8 sequence starting at `i`; 1 for a stray continuation byte.
    private func scalarWidth(at i: Int) -> Int {
        let b = bytes[i]
        let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return min(width, bytes.count - i)
    }

    private func decode(at i: Int, width: Int) -> Unicode.Scalar? {
        var iterator = bytes[i..<(i + width)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
        return nil
    }
}
