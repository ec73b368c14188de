/// How an article file is written: plain text, Markdown or HTML.
public enum ArticleFormat: String, Sendable {
    case text, markdown, html

    /// The format of an article, from its file name first and its content second.
    ///
    /// - `.html`, `.htm`, `.xhtml` → `.html`; `.md`, `.markdown` → `.markdown` (case-insensitive).
    /// - Any other name is sniffed: content that starts (after whitespace and a byte order mark)
    ///   with `<!doctype html` or `<html`, or that contains `<p>`, `<p ` or `<body` anywhere,
    ///   is `.html`, all case-insensitively. Everything else is `.text`: Markdown is never
    ///   guessed, because plain text with a `#` or a `*` in it is common.
    public static func detect(path: String, content: String) -> ArticleFormat {
        byExtension[pathExtension(path)] ?? (looksLikeHTML(content) ? .html : .text)
    }

    /// The file extensions (lowercased) of article files, in the order help lists them, with
    /// the format each names. `.txt` names none: its content is still sniffed for HTML.
    /// Defined once: `detect` reads a file by them and `add` takes files from folders by them.
    public static let fileExtensions: [(extension: String, format: ArticleFormat?)] = [
        ("txt", nil), ("md", .markdown), ("markdown", .markdown), ("html", .html), ("htm", .html), ("xhtml", .html),
    ]

    private static let byExtension: [String: ArticleFormat] = Dictionary(
        uniqueKeysWithValues: fileExtensions.compactMap { entry in entry.format.map { (entry.extension, $0) } })

    /// Whether a file of this name is an article file by its extension.
    public static func isArticleFile(_ path: String) -> Bool {
        let ext = pathExtension(path)
        return fileExtensions.contains { $0.extension == ext }
    }

    /// The lowercased extension of the last path component, or "" when there is none.
    public static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    static func looksLikeHTML(_ content: String) -> Bool {
        let bytes = content.utf8
        var start = bytes.startIndex
        // Skip a byte order mark and leading whitespace.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }
        while start != bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) {
            start = bytes.index(after: start)
        }
        let head = bytes[start...]
        if startsCaseInsensitive(head, "<!doctype html") || startsCaseInsensitive(head, "<html") { return true }
        return containsCaseInsensitive(bytes, "<p>") || containsCaseInsensitive(bytes, "<p ")
            || containsCaseInsensitive(bytes, "<body")
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func startsCaseInsensitive(_ bytes: Substring.UTF8View, _ prefix: String) -> Bool {
        var index = bytes.startIndex
        for expected in prefix.utf8 {
            guard index != bytes.endIndex, lower(bytes[index]) == expected else { return false }
            index = bytes.index(after: index)
        }
        return true
    }

    /// Whether `needle` (lowercase ASCII starting with `<`) occurs anywhere; linear, since
    /// the needle's first byte occurs nowhere else in it.
    private static func containsCaseInsensitive(_ bytes: String.UTF8View, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        var matched = 0
        for byte in bytes {
            let b = lower(byte)
            if b == pattern[matched] {
                matched += 1
                if matched == pattern.count { return true }
            } else {
                matched = b == pattern[0] ? 1 : 0
            }
        }
        return false
    }
}
