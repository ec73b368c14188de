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

    /// Code spans for names like `missing-figure`.
    static func code(_ text: String) -> String { "`" + text + "`" }
}
