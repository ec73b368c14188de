/// Small helpers for writing Markdown that renders the same everywhere.
enum Markdown {
    /// Escapes characters that would otherwise start emphasis, code, links or HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            if "\\`*_[]<>|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A sentence with the given UTF-8 byte spans in bold, escaped.
    static func highlight(_ sentence: String, spans: [Range<Int>]) -> String {
        let bytes = Array(sentence.utf8)
        var out = ""
        var cursor = 0
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            guard span.lowerBound >= cursor, span.upperBound <= bytes.count, !span.isEmpty else { continue }
            out += escape(String(decoding: bytes[cursor..<span.lowerBound], as: UTF8.self))
            out += "**" + escape(String(decoding: bytes[span], as: UTF8.self)) + "**"
            cursor = span.upperBound
        }
        out += escape(String(decoding: bytes[cursor...], as: UTF8.self))
        return out
    }

    /// `url` as the target of a Markdown link, `[label](<target>)`: every byte outside
    /// RFC 3986's unreserved and reserved characters is percent-encoded, and so are `(` and
    /// `)`, so the target is plain ASCII with nothing that could close the link (`)`, `>`),
    /// open a tag (`<`), escape (`\`) or end the line. An existing percent-encoding is kept;
    /// a `%` that starts none becomes `%25`. Reserved characters stay as they are, so the
    /// link goes where the URL did.
    static func linkTarget(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var out = ""
        out.reserveCapacity(bytes.count)
        for (i, byte) in bytes.enumerated() {
            let isEncoding = byte == UInt8(ascii: "%") && i + 2 < bytes.count && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])
            if isEncoding || linkSafe.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// RFC 3986's unreserved and reserved characters, less `(` and `)`.
    private static let linkSafe: Set<UInt8> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'*+,;=".utf8)

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// Code spans for names like `missing-figure`.
    static func code(_ text: String) -> String { "`" + text + "`" }
}
