import ClaimAnalysis
import ClaimReports
import Foundation

/// Reads an article from disk, refusing what cannot be an article with an error that says why.
///
/// `check` and `add` read through it, and so will any other front end: the rules for what
/// is an article file are the desk's, not a command's.
public enum ArticleFile {
    /// The article's plain text: plain text as written, Markdown and HTML converted to
    /// paragraphs (see `ArticleFormat.detect` for how the format is told).
    ///
    /// The file must be text: no NUL bytes, and UTF-8 (with or without a byte order mark),
    /// or else Windows-1252, which is read with a one-line warning through `warn` (on
    /// stderr by default). Bytes that are neither (one of the five Windows-1252 leaves
    /// undefined, or a UTF-8 byte order mark on bytes that are not UTF-8) are refused as not
    /// UTF-8.
    public static func read(_ path: String, warn: (String) -> Void = ArticleFile.warnOnStandardError) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleFileError(path: path, problem: .noSuchFile)
        }
        guard !isDirectory.boolValue else { throw ArticleFileError(path: path, problem: .directory) }
        // Refused on its size before it is read: a text this large is no article, and
        // reading it whole only to refuse it would cost its size in memory.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            try ArticleLimit.checkSize(Int(status.st_size), path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArticleFileError(path: path, problem: .unreadable)
        }
        // Again on what was read: the file may have grown, or not know its size (a pipe).
        try ArticleLimit.checkSize(data.count, path: path)
        // A byte order mark and CR line ends are legal; `ArticleText.plain` drops them.
        let bytes = [UInt8](data)
        if bytes.contains(0) { throw ArticleFileError(path: path, problem: .binary) }
        var warning: String?
        let text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), let decoded = Windows1252.decode(bytes) {
            text = decoded
            warning = "'\(path)' is not UTF-8; read it as Windows-1252"
        } else {
            throw ArticleFileError(path: path, problem: .notText)
        }
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw ArticleFileError(path: path, problem: .empty)
        }
        let format = ArticleFormat.detect(path: path, content: text)
        let plain = ArticleText.plain(text, format: format)
        guard plain.contains(where: { !$0.isWhitespace }) else {
            throw ArticleFileError(path: path, problem: .noArticleText(format))
        }
        // Only for a file that is read: a refused one gets its error alone.
        if let warning { warn(warning) }
        return plain
    }

    /// "claimdesk: warning: …" on stderr, the form `extract` uses.
    public static func warnOnStandardError(_ message: String) {
        FileHandle.standardError.write(Data("claimdesk: warning: \(ControlCharacters.oneLine(message))\n".utf8))
    }
}

/// Why a file is not an article, as `ArticleFile.read` finds it.
public struct ArticleFileError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case noSuchFile
        case directory
        case unreadable
        /// NUL bytes: a binary file.
        case binary
        /// Neither UTF-8 nor Windows-1252.
        case notText
        /// Nothing but whitespace.
        case empty
        /// Markup that holds no article text once converted.
        case noArticleText(ArticleFormat)
    }

    /// The path as given.
    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// What is wrong, without the file's name: "the file is empty".
    public var reason: String {
        switch problem {
        case .noSuchFile: "no such file"
        case .directory: "it is a directory, not an article file"
        case .unreadable: "permission denied or unreadable"
        case .binary: "binary data (NUL bytes), not text"
        case .notText: "not UTF-8 text (convert it first, e.g. with iconv)"
        case .empty: "the file is empty"
        case .noArticleText(let format): "no article text found in the \(format == .html ? "HTML" : "Markdown")"
        }
    }

    /// "cannot read 'notes.txt': the file is empty".
    public var description: String { "cannot read '\(path)': \(reason)" }
}

/// What one article can be: a text larger than this, or with more claims, is a collection or
/// a dump, which `extract` streams, not something a reviewer works through claim by claim.
///
/// Without a limit such a text would be read whole, analysed whole and stored in one
/// transaction holding the write lock for as long as it took, and its listing and report
/// would be unusable.
public enum ArticleLimit {
    /// The largest article file, in bytes (10 MB; the longest news features are under 1 MB).
    public static let maxBytes = 10_000_000
    /// The most claims one article may hold.
    public static let maxClaims = 20_000

    /// Throws `ArticleLimitError` when a file of `bytes` bytes is larger than `maxBytes`.
    public static func checkSize(_ bytes: Int, path: String) throws {
        guard bytes > maxBytes else { return }
        throw ArticleLimitError(
            path: path, verb: "is", measure: megabytes(bytes), limit: "one article is at most \(maxBytes / 1_000_000) MB")
    }

    /// Throws `ArticleLimitError` when an article has more than `maxClaims` claims.
    public static func checkClaims(_ count: Int, path: String) throws {
        guard count > maxClaims else { return }
        throw ArticleLimitError(
            path: path, verb: "has", measure: "\(grouped(count)) claims", limit: "one article holds at most \(grouped(maxClaims))")
    }

    /// "16.2 MB", rounded up to a tenth, so that a size over the limit never reads as the
    /// limit itself ("10.0 MB").
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 99_999) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// "20,001".
    public static func grouped(_ n: Int) -> String {
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
public struct ArticleLimitError: Error, CustomStringConvertible {
    public var path: String
    /// "is" or "has", before the measure when the message names the file.
    public var verb: String
    /// What the document is: "16.2 MB", "20,001 claims".
    public var measure: String
    /// What one article may be: "one article is at most 10 MB".
    public var limit: String

    /// The message of `add`, whose line already names the file: "16.2 MB; one article is at
    /// most 10 MB. Use 'claimdesk extract' for large texts."
    public var reason: String { "\(measure); \(limit). \(Self.advice)" }

    /// "notes.txt is 16.2 MB; one article is at most 10 MB. Use 'claimdesk extract' for large texts."
    public var description: String { "\(path) \(verb) \(measure); \(limit). \(Self.advice)" }

    public static let advice = "Use 'claimdesk extract' for large texts."
}
