/// Small helpers for writing Markdown that renders the same everywhere, and that keeps what
/// it embeds from articles and reviewers (sentences, titles, file names, notes, names,
/// quotes) as text: no HTML, no link or code span closed early, no heading, quote or list
/// item started by a line break.
enum Markdown {
    /// `text` as inline Markdown that renders as itself, on one line: line breaks and tabs
    /// become spaces and other control characters U+FFFD (`ControlCharacters.oneLine`), so a
    /// multi-line note stays inside its list item and no line of it can start a heading or a
    /// list item; the characters that start emphasis, code, links, tables or escapes are
    /// backslash-escaped; `<` is written `&lt;`, because a backslash does not stop a tag in
    /// every renderer (Markdown.pl and Python-Markdown pass `\<script>` through); and `&` is
    /// written `&amp;` where it could start an entity (`&lt;`, `&#60;`).
    static func escape(_ text: String) -> String {
        let scalars = Array(ControlCharacters.oneLine(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            switch c {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case "&" where i + 1 < scalars.count && (scalars[i + 1] == "#" || scalars[i + 1].properties.isAlphabetic && scalars[i + 1].isASCII):
                out.append(contentsOf: "&amp;".unicodeScalars)
            case "\\", "`", "*", "_", "[", "]", ">", "|":
                out.append("\\")
                out.append(c)
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// Escaped inline text (from `escape` or `highlight`) made safe at the start of a block,
    /// after "> " or a list marker, where it would otherwise open a heading (`#`), a quote
    /// (`>`), a list (`-`, `+`, `1. `, `1) `), a thematic break or setext line (`-`, `=`), a
    /// fence (`~`) or an indented block: leading spaces go, and the marker is escaped.
    static func blockStart(_ escaped: String) -> String {
        var text = Substring(escaped)
        while text.first == " " { text.removeFirst() }
        guard let first = text.first else { return "" }
        if "#>+-=~".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let afterDigits = text.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 9, afterDigits.first == "." || afterDigits.first == ")",
            afterDigits.dropFirst().first.map({ $0 == " " }) ?? true
        {
            return digits + "\\" + afterDigits
        }
        return String(text)
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

    /// `text` as a code span (`missing-figure`, a file name), on one line, sized to its
    /// content: the fence is one backtick longer than the longest run of backticks inside,
    /// so none of them can close it, and the content is padded with a space on each side when
    /// it starts or ends with a backtick, or with a space at both ends (which CommonMark would
    /// strip). Nothing inside a code span is read as Markdown or HTML, so nothing else is
    /// escaped.
    static func code(_ text: String) -> String {
        let content = ControlCharacters.oneLine(text)
        guard !content.isEmpty else { return "` `" }
        var longest = 0
        var run = 0
        for c in content.unicodeScalars {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`")
            || (content.hasPrefix(" ") && content.hasSuffix(" ") && content.contains { $0 != " " })
        return padded ? fence + " " + content + " " + fence : fence + content + fence
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
}
