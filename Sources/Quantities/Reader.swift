/// A read-only cursor over a text's tokens, shared by the recognizers.
///
/// Recognizers never mutate the reader; they look ahead from an index and say how far
/// their reading reaches, so that trying one recognizer after another costs nothing.
struct Reader {
    let tokens: [Token]
    let bytes: [UInt8]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        tokens = bytes.withUnsafeBufferPointer { Tokenizer($0).tokens() }
    }

    var count: Int { tokens.count }

    subscript(_ i: Int) -> Token? {
        i >= 0 && i < tokens.count ? tokens[i] : nil
    }

    /// The text from token `from` through token `through`, as written.
    func text(from: Int, through: Int) -> String {
        String(decoding: bytes[tokens[from].start..<tokens[through].end], as: UTF8.self)
    }

    /// Token `i` as written, in its original case.
    func text(_ i: Int) -> String {
        String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self)
    }

    /// Token `i` lowercased, read back from the input when it was too long to pack.
    func lower(_ i: Int) -> String {
        let t = tokens[i]
        return t.lower.isLong ? text(i).lowercased() : t.lower.string
    }

    /// True when token `i` follows token `i - 1` with no space between them.
    func glued(_ i: Int) -> Bool {
        guard let t = self[i] else { return false }
        return i > 0 && !t.spaceBefore
    }

    /// The lowercased words of tokens `i..<i+n`, joined by single spaces, if all are words
    /// or symbols written the usual way ("km/h", "sq m", "per cent").
    func phrase(at i: Int, length n: Int) -> String? {
        guard i + n <= tokens.count, n > 0 else { return nil }
        var result = lower(i)
        for k in (i + 1)..<(i + n) {
            let t = tokens[k]
            // Symbols inside a unit are written without spaces ("km/h", "lb-ft").
            if t.kind == .symbol || tokens[k - 1].kind == .symbol {
                guard !t.spaceBefore else { return nil }
                result += lower(k)
            } else {
                result += (t.spaceBefore ? " " : "") + lower(k)
            }
        }
        return result
    }
}
