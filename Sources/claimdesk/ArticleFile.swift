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
        // Refused on its size before it is read: a text this large is no article, and
        // reading it whole only to refuse it would cost its size in memory.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            try ArticleLimit.checkSize(Int(status.st_size), path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read '\(shown)': permission denied or unreadable")
        }
        // Again on what was read: the file may have grown, or not know its size (a pipe).
        try ArticleLimit.checkSize(data.count, path: path)
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

/// What one article can be: a text larger than this, or with more claims, is a collection or
/// a dump, which `extract` streams, not something a reviewer works through claim by claim.
///
/// Without a limit such a text would be read whole, analysed whole and stored in one
/// transaction holding the write lock for as long as it took, and its listing and report
/// would be unusable.
enum ArticleLimit {
    /// The largest article file, in bytes (10 MB; the longest news features are under 1 MB).
    static let maxBytes = 10_000_000
    /// The most claims one article may hold.
    static let maxClaims = 20_000

    /// Throws `ArticleLimitError` when a file of `bytes` bytes is larger than `maxBytes`.
    static func checkSize(_ bytes: Int, path: String) throws {
        guard bytes > maxBytes else { return }
        throw ArticleLimitError(
            path: path, verb: "is", measure: megabytes(bytes), limit: "one article is at most \(maxBytes / 1_000_000) MB")
    }

    /// Throws `ArticleLimitError` when an article has more than `maxClaims` claims.
    static func checkClaims(_ count: Int, path: String) throws {
        guard count > maxClaims else { return }
        throw ArticleLimitError(
            path: path, verb: "has", measure: "\(grouped(count)) claims", limit: "one article holds at most \(grouped(maxClaims))")
    }

    /// "16.2 MB", rounded up to a tenth, so that a size over the limit never reads as the
    /// limit itself ("10.0 MB").
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 99_999) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// "20,001".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}

/// A document refused because it cannot be one article (`ArticleLimit`), with the advice to
/// use `extract`.
struct ArticleLimitError: Error, CustomStringConvertible {
    var path: String
    /// "is" or "has", before the measure when the message names the file.
    var verb: String
    /// What the document is: "16.2 MB", "20,001 claims".
    var measure: String
    /// What one article may be: "one article is at most 10 MB".
    var limit: String

    /// The message of `add`, whose line already names the file: "16.2 MB; one article is at
    /// most 10 MB. Use 'claimdesk extract' for large texts."
    var reason: String { "\(measure); \(limit). \(Self.advice)" }

    /// "notes.txt is 16.2 MB; one article is at most 10 MB. Use 'claimdesk extract' for large texts."
    var description: String { "\(path.terminalSafe) \(verb) \(measure); \(limit). \(Self.advice)" }

    static let advice = "Use 'claimdesk extract' for large texts."
}
