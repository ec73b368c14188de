import ClaimAnalysis
import Foundation

/// Reads an article from disk, refusing what cannot be an article with a message that says why.
enum ArticleFile {
    /// The article's plain text: plain text as written, Markdown and HTML converted to
    /// paragraphs (see `ArticleFormat.detect` for how the format is told).
    static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError("cannot read '\(path)': it is a directory, not an article file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read '\(path)': permission denied or unreadable")
        }
        // A byte order mark and CR line ends are legal; `ArticleText.plain` drops them.
        let bytes = [UInt8](data)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIError("cannot read '\(path)': not UTF-8 text (convert it first, e.g. with iconv)")
        }
        if bytes.contains(0) { throw CLIError("cannot read '\(path)': binary data (NUL bytes), not text") }
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw CLIError("cannot read '\(path)': the file is empty")
        }
        let format = ArticleFormat.detect(path: path, content: text)
        let plain = ArticleText.plain(text, format: format)
        guard plain.contains(where: { !$0.isWhitespace }) else {
            let name = format == .html ? "HTML" : "Markdown"
            throw CLIError("cannot read '\(path)': no article text found in the \(name)")
        }
        return plain
    }
}
