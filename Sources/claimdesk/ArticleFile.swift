import ClaimAnalysis
import Foundation

/// Reads an article from disk, refusing what cannot be an article with a message that says why.
enum ArticleFile {
    /// The article's plain text: plain text as written, Markdown and HTML converted to
    /// paragraphs (see `ArticleFormat.detect` for how the format is told).
    ///
    /// The file must be text: no NUL bytes, and UTF-8 (with or without a byte order mark),
    /// or else Windows-1252, which is read with a one-line warning through `warn` (on
    /// stderr by default). Bytes that are neither (one of the five Windows-1252 leaves
    /// undefined, or a UTF-8 byte order mark on bytes that are not UTF-8) are refused as not
    /// UTF-8.
    static func read(_ path: String, warn: (String) -> Void = ArticleFile.warnOnStandardError) throws -> String {
        let shown = path.terminalSafe
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("cannot read '\(shown)': no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError("cannot read '\(shown)': it is a directory, not an article file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read '\(shown)': permission denied or unreadable")
        }
        // A byte order mark and CR line ends are legal; `ArticleText.plain` drops them.
        let bytes = [UInt8](data)
        if bytes.contains(0) { throw CLIError("cannot read '\(shown)': binary data (NUL bytes), not text") }
        var warning: String?
        let text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), let decoded = Windows1252.decode(bytes) {
            text = decoded
            warning = "'\(shown)' is not UTF-8; read it as Windows-1252"
        } else {
            throw CLIError("cannot read '\(shown)': not UTF-8 text (convert it first, e.g. with iconv)")
        }
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw CLIError("cannot read '\(shown)': the file is empty")
        }
        let format = ArticleFormat.detect(path: path, content: text)
        let plain = ArticleText.plain(text, format: format)
        guard plain.contains(where: { !$0.isWhitespace }) else {
            let name = format == .html ? "HTML" : "Markdown"
            throw CLIError("cannot read '\(shown)': no article text found in the \(name)")
        }
        // Only for a file that is read: a refused one gets its error alone.
        if let warning { warn(warning) }
        return plain
    }

    /// "claimdesk: warning: …" on stderr, the form `extract` uses.
    static func warnOnStandardError(_ message: String) {
        FileHandle.standardError.write(Data("claimdesk: warning: \(message)\n".utf8))
    }
}
