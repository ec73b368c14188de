import Foundation

/// The file names of checklists: an article's source's file name with `.md` for its
/// extension ("Claims/sample.txt" → "sample.md"), as `claimdesk check` and `report --all`
/// both name them, cut to fit the file system's limit.
public enum ReportFileName {
    /// The longest file name, in bytes, that Linux, macOS and Windows file systems all take.
    public static let maxBytes = 255

    /// The part of `source` a report is named after: its last path component without the
    /// extension ("Claims/sample.txt" → "sample"; a URL's last segment), with every character
    /// but letters, digits, ".", "_", "-" and space turned into "-", so that the name breaks
    /// no Markdown link or file system (no "/", "`", "<", control characters), no leading
    /// dots (no hidden files) and no spaces at either end. May be empty.
    public static func stem(of source: String) -> String {
        var name = withoutExtension(lastComponent(of: source))
        name = String(name.map { c in c.isLetter || c.isNumber || "._- ".contains(c) ? c : "-" })
        while name.hasPrefix(".") { name.removeFirst() }
        return name.trimmingCharacters(in: .whitespaces)
    }

    /// `stem` and `suffix` ("-3.md") as one name of at most `maxBytes` UTF-8 bytes: the stem
    /// is cut from its end, a whole character at a time, so the name stays valid UTF-8 and
    /// the suffix (the id and the extension that tell names apart) is never cut.
    public static func fitting(_ stem: String, suffix: String) -> String {
        let room = maxBytes - suffix.utf8.count
        var stem = Substring(stem)
        while stem.utf8.count > room, !stem.isEmpty { stem.removeLast() }
        return stem + suffix
    }

    /// The name `claimdesk check` gives the report of the article read from `source`:
    /// `stem(of:)` with ".md", fitted; nil when the stem is empty (a name of dots and
    /// spaces), for which the caller names the report after the article's id.
    public static func checklist(for source: String) -> String? {
        let stem = stem(of: source)
        return stem.isEmpty ? nil : fitting(stem, suffix: ".md")
    }

    /// "sample.txt" of "Claims/sample.txt"; trailing slashes are ignored ("news/" → "news").
    /// Plain string work: Foundation's NSString path methods crash on some one-character
    /// paths on Linux.
    static func lastComponent(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    /// "sample" of "sample.txt", "archive.tar" of "archive.tar.gz"; a name whose only dot
    /// leads it (".hidden") has no extension.
    static func withoutExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
