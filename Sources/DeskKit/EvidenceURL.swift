import ClaimReports
import Foundation

/// The rule for evidence links, which `claimdesk mark --evidence` and `review`'s `e` apply: an
/// absolute http or https URL with a host, written as a browser's address bar copies it.
///
/// Nothing passes that a report or a terminal could take for more than a link: no
/// whitespace or control characters, no invisible formatting characters, none of the ASCII
/// characters RFC 3986 never allows unencoded (`<>"{}|\^` and the backtick), and `%` only
/// as the start of a percent-encoding. Other characters, such as accented letters in an
/// IRI (`https://de.wikipedia.org/wiki/Überlingen`), are kept as typed; reports
/// percent-encode them where they render the link (`Markdown.linkTarget`).
public enum EvidenceURL {
    /// Nil when `text` is acceptable, else the message to show (on one line, with any
    /// control characters of `text` replaced).
    public static func problem(_ text: String) -> String? {
        let message = "evidence must be an http or https URL, got '\(ControlCharacters.oneLine(text))'"
        if let reason = unsafeCharacter(in: text) { return message + ": it holds " + reason }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else { return message }
        return nil
    }

    /// The characters RFC 3986 excludes from URIs that are not whitespace or controls.
    private static let excluded: Set<Unicode.Scalar> = ["<", ">", "\"", "{", "}", "|", "\\", "^", "`"]

    /// What makes `text` no plain URL, in words, or nil.
    private static func unsafeCharacter(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s == " " { return "a space (write it %20)" }
            if s.properties.isWhitespace || ControlCharacters.isControl(s) { return "a line break or control character" }
            if s.properties.generalCategory == .format { return "an invisible formatting character (U+\(String(s.value, radix: 16, uppercase: true)))" }
            if excluded.contains(s) { return "'\(s)' (write it %\(String(s.value, radix: 16, uppercase: true)))" }
            if s == "%", !(i + 2 < scalars.count && scalars[i + 1].properties.isASCIIHexDigit && scalars[i + 2].properties.isASCIIHexDigit) {
                return "a '%' that starts no percent-encoding (write it %25)"
            }
        }
        return nil
    }
}
