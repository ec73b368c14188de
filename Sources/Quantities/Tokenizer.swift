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
            if isDigit(b) {
                token = scanNumber(at: i)
            } else if let width = letterWidth(at: i) {
                token = scanWord(at: i, firstWidth: width)
                token.lex = Lexicon.roles(of: token.lower)
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

    private func scanNumber(at start: Int) -> Token {
        var i = start
        var digits: [UInt8] = []
        while i < bytes.count, isDigit(bytes[i]) { digits.append(bytes[i]); i += 1 }
        let leadingDigits = digits.count
        var formatted = false
        var integerDigits = digits.count
        // Thousands groups: "13,000", or "13 000" with a space or a no-break space.
        if leadingDigits <= 3 {
            while true {
                if i < bytes.count, bytes[i] == UInt8(ascii: ","), isGroup(at: i + 1) {
                    digits.append(contentsOf: bytes[(i + 1)..<(i + 4)])
                    i += 4
                } else if let w = spaceWidth(at: i), w == 1 ? bytes[i] == 0x20 : true,
                    isGroup(at: i + w), !groupFollowedByHyphen(at: i + w)
                {
                    digits.append(contentsOf: bytes[(i + w)..<(i + w + 3)])
                    i += w + 3
                } else {
                    break
                }
                formatted = true
                integerDigits += 3
            }
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
        var token = make(.number, start, i)
        token.number = Double(String(decoding: digits, as: UTF8.self)) ?? 0
        token.isFormatted = formatted
        token.integerDigits = integerDigits
        return token
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
