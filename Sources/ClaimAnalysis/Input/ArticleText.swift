/// An article file's words as the plain text `Document(parsing:)` reads.
public enum ArticleText {
    /// The plain text of `raw` read as `format`.
    ///
    /// A byte order mark is dropped and line ends become `\n` in every format. Plain text is
    /// otherwise returned as it is, so that stored text files keep their content hash. Markdown
    /// and HTML become their paragraphs (see `MarkdownText` and `HTMLText`), each on one line,
    /// separated by a blank line (`"\n\n"`); the result is empty when no text is left.
    public static func plain(_ raw: String, format: ArticleFormat) -> String {
        var text = Substring(raw)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        // "\r\n" is one Character in Swift; map it and a lone "\r" to "\n".
        let normalized: String
        if text.contains(where: { $0 == "\r\n" || $0 == "\r" }) {
            normalized = String(text.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
        } else {
            normalized = String(text)
        }
        switch format {
        case .text: return normalized
        case .markdown: return MarkdownText.paragraphs(normalized).joined(separator: "\n\n")
        case .html: return HTMLText.paragraphs(normalized).joined(separator: "\n\n")
        }
    }
}
